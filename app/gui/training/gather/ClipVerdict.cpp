#include "ClipVerdict.h"

#include "audio/AudioFile.h"
#include "audio/QualityReport.h"
#include "training/data/ClipChecks.h"

#include <timbre/Error.h>

#include <QCoreApplication>

namespace timbre::gui {
namespace {

namespace data = training::data;
constexpr int kTrainingRateHz = 32000;  // the checks run where training reads the clip
constexpr const char* kContext = "timbre::gui::ClipVerdict";  // where the words are translated

QString reasonTitle(data::DropReason reason) {
  const char* title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Not usable");
  switch (reason) {
    case data::DropReason::TooShort: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Too short"); break;
    case data::DropReason::TooLong: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Too long"); break;
    case data::DropReason::Silent: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Silent"); break;
    case data::DropReason::Clipped: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Clipped"); break;
    case data::DropReason::LanguageMismatch:
      title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Wrong language");
      break;
    case data::DropReason::EmptyTranscript: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "No transcript"); break;
    case data::DropReason::InvalidTranscript:
      title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Bad transcript");
      break;
    case data::DropReason::Unreadable: title = QT_TRANSLATE_NOOP("timbre::gui::ClipVerdict", "Unreadable"); break;
    default: break;
  }
  return QCoreApplication::translate(kContext, title);
}

// The engine's message without its "label: " prefix (the page shows which clip it is).
QString withoutLabel(const std::string& message, const std::string& label) {
  const std::string prefix = label + ": ";
  return QString::fromStdString(message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message);
}

// Loudness, noise and clipping items that are not a pass: a retake would help.
QStringList qualityWarnings(const std::vector<float>& mono, int rateHz) {
  audio::AudioBuffer buffer{mono, rateHz, 1};
  const audio::QualityReport report = audio::analyzeReference(buffer);
  QStringList out;
  for (const audio::QualityCheck check :
       {audio::QualityCheck::Loudness, audio::QualityCheck::Noise, audio::QualityCheck::Clipping}) {
    const audio::QualityItem& item = report.item(check);
    if (item.level == audio::QualityLevel::Pass) continue;
    out << QString::fromStdString(item.hint);
  }
  return out;
}

}  // namespace

ClipAudioCheck checkClipSamples(const std::vector<float>& mono, int rateHz) {
  ClipAudioCheck out;
  const audio::AudioBuffer at32k = audio::toMonoAtRate(audio::AudioBuffer{mono, rateHz, 1}, kTrainingRateHz);
  out.seconds = at32k.durationSeconds();
  const std::string label = "clip";
  if (const auto bad = data::checkClipAudio(at32k.samples, label, label)) {
    out.problem = withoutLabel(bad->message, label);
    out.problemTitle = reasonTitle(bad->reason);
    return out;
  }
  out.warnings = qualityWarnings(mono, rateHz);
  return out;
}

ClipAudioCheck checkClipFile(const QString& path) {
  audio::AudioBuffer audio;
  try {
    audio = audio::mixToMono(audio::readAudioFile(path.toStdString()));
  } catch (const Error& e) {
    ClipAudioCheck out;
    out.readable = false;
    out.problem = QString::fromStdString(e.what());
    out.problemTitle = reasonTitle(data::DropReason::Unreadable);
    return out;
  }
  return checkClipSamples(audio.samples, audio.sampleRateHz);
}

ClipVerdict clipVerdict(const ClipAudioCheck& audio, const QString& text, const QString& lang) {
  ClipVerdict out;
  if (!audio.problem.isEmpty()) {
    out.level = ClipVerdict::Level::Unusable;
    out.title = audio.problemTitle;
    out.detail = audio.problem;
    return out;
  }
  const std::string label = "clip";
  if (const auto bad = data::checkTranscript(text.toStdString(), lang.toStdString(), label, label)) {
    out.level = ClipVerdict::Level::Unusable;
    out.title = reasonTitle(bad->reason);
    out.detail = withoutLabel(bad->message, label);
    return out;
  }
  if (!audio.warnings.isEmpty()) {
    out.level = ClipVerdict::Level::Warn;
    out.title = QCoreApplication::translate("timbre::gui::ClipVerdict", "Usable, retake advised");
    out.detail = audio.warnings.join(QStringLiteral("; "));
    return out;
  }
  out.title = QCoreApplication::translate("timbre::gui::ClipVerdict", "Good");
  return out;
}

}  // namespace timbre::gui
