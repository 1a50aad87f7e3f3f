#include "text/japanese/MecabAnalyzer.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <system_error>

#include "timbre/Error.h"

#if TIMBRE_HAVE_MECAB
#include <mecab.h>
#include <unistd.h>
#endif

namespace timbre::text::japanese {
namespace fs = std::filesystem;

namespace {

constexpr const char* kDefaultDictDir = "/var/lib/mecab/dic/open-jtalk/naist-jdic";
constexpr const char* kPackageHint =
    "(Debian package open-jtalk-mecab-naist-jdic; set TIMBRE_JA_DICT to use another folder)";
constexpr const char* kDictFiles[] = {"sys.dic", "matrix.bin", "char.bin", "unk.dic"};

#if TIMBRE_HAVE_MECAB
// A folder MeCab can open: the dictionary itself when it has a dicrc, otherwise a
// private folder with a minimal dicrc and links to the dictionary's files.
fs::path mecabDicDir(const fs::path& dictDir) {
  if (fs::exists(dictDir / "dicrc")) return dictDir;
  const std::size_t key = std::hash<std::string>{}(fs::absolute(dictDir).string());
  const fs::path base = fs::temp_directory_path() / ("timbre-" + std::to_string(::getuid()));
  const fs::path target = base / ("naist-jdic-" + std::to_string(key));
  if (fs::exists(target / "dicrc")) return target;
  std::error_code ec;
  fs::create_directories(base, ec);
  // Build it under a unique name and rename, so concurrent processes never see half a folder.
  const fs::path staging = base / ("staging-" + std::to_string(::getpid()) + "-" + std::to_string(key));
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec)
    throw Error(ErrorCode::Io, "cannot create the MeCab settings folder " + staging.string() + ": " + ec.message());
  {
    std::ofstream rc(staging / "dicrc");
    rc << "; written by Timbre: settings for Open JTalk's naist-jdic at " << dictDir.string() << "\n"
       << "cost-factor = 800\nbos-feature = BOS/EOS,*,*,*,*,*,*,*,*\neval-size = 8\nunk-eval-size = 4\n"
       << "config-charset = UTF-8\n";
    if (!rc) throw Error(ErrorCode::Io, "cannot write " + (staging / "dicrc").string());
  }
  for (const char* file : kDictFiles) {
    fs::create_symlink(fs::absolute(dictDir / file), staging / file, ec);
    if (ec)
      throw Error(ErrorCode::Io, "cannot link " + (dictDir / file).string() + " into " + staging.string() + ": " +
                                     ec.message());
  }
  fs::rename(staging, target, ec);
  if (ec) fs::remove_all(staging, ec);  // another process won the race; use its folder
  if (!fs::exists(target / "dicrc"))
    throw Error(ErrorCode::Io, "cannot prepare the MeCab settings folder " + target.string());
  return target;
}
#endif

}  // namespace

std::string japaneseDictionaryDir() {
  const char* env = std::getenv("TIMBRE_JA_DICT");
  return env && *env ? std::string(env) : std::string(kDefaultDictDir);
}

#if TIMBRE_HAVE_MECAB

struct MecabAnalyzer::Impl {
  MeCab::Model* model = nullptr;
  MeCab::Tagger* tagger = nullptr;
  MeCab::Lattice* lattice = nullptr;
};

MecabAnalyzer::MecabAnalyzer() : m_impl(std::make_unique<Impl>()) {
  const fs::path dictDir = japaneseDictionaryDir();
  for (const char* file : kDictFiles)
    if (!fs::is_regular_file(dictDir / file))
      throw Error(ErrorCode::Io, "Japanese dictionary not found: " + (dictDir / file).string() + " is missing " +
                                     kPackageHint);
  const fs::path dicDir = mecabDicDir(dictDir);
  const std::string args = "-r /dev/null -d " + dicDir.string();
  m_impl->model = MeCab::createModel(args.c_str());
  if (!m_impl->model)
    throw Error(ErrorCode::UnsupportedFormat, "MeCab cannot open the Japanese dictionary " + dictDir.string() + " " +
                                                  kPackageHint + ": " + MeCab::getLastError());
  m_impl->tagger = m_impl->model->createTagger();
  m_impl->lattice = m_impl->model->createLattice();
  if (!m_impl->tagger || !m_impl->lattice)
    throw Error(ErrorCode::UnsupportedFormat, "MeCab cannot start with the Japanese dictionary " + dictDir.string());
}

MecabAnalyzer::~MecabAnalyzer() {
  delete m_impl->lattice;
  delete m_impl->tagger;
  delete m_impl->model;
}

std::vector<NjdNode> MecabAnalyzer::analyze(const std::string& mecabInput, const std::vector<Span>& wholeTokens,
                                           std::vector<std::size_t>* tokenIndex) {
  std::vector<NjdNode> nodes;
  if (tokenIndex) tokenIndex->clear();
  if (mecabInput.empty()) return nodes;
  std::lock_guard lock(m_mutex);
  MeCab::Lattice* lattice = m_impl->lattice;
  lattice->clear();
  lattice->set_sentence(mecabInput.c_str());
  for (const Span& span : wholeTokens) {
    lattice->set_boundary_constraint(span.begin, MECAB_TOKEN_BOUNDARY);
    for (std::size_t i = span.begin + 1; i < span.end; ++i) lattice->set_boundary_constraint(i, MECAB_INSIDE_TOKEN);
    if (span.end < mecabInput.size()) lattice->set_boundary_constraint(span.end, MECAB_TOKEN_BOUNDARY);
  }
  if (!m_impl->tagger->parse(lattice))
    throw Error(ErrorCode::Internal, std::string("MeCab failed on Japanese text: ") + lattice->what());
  const char* sentence = lattice->sentence();
  std::size_t nextSpan = 0;
  for (const MeCab::Node* n = lattice->bos_node(); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
    const auto offset = static_cast<std::size_t>(n->surface - sentence);
    if (tokenIndex && nextSpan < wholeTokens.size() && offset == wholeTokens[nextSpan].begin) {
      // A placeholder the caller replaces (a compound entry would give several nodes).
      tokenIndex->push_back(nodes.size());
      ++nextSpan;
      NjdNode placeholder;
      placeholder.surface.assign(n->surface, n->length);
      nodes.push_back(std::move(placeholder));
      continue;
    }
    std::string line(n->surface, n->length);
    line += ',';
    line += n->feature;
    for (auto& node : parseNjdFeature(line)) nodes.push_back(std::move(node));
  }
  if (tokenIndex && tokenIndex->size() != wholeTokens.size())
    throw Error(ErrorCode::Internal, "MeCab did not keep a user-dictionary word as one token in: " + mecabInput);
  return nodes;
}

#else  // built without libmecab

struct MecabAnalyzer::Impl {};

MecabAnalyzer::MecabAnalyzer() {
  throw Error(ErrorCode::UnsupportedFormat,
              "Japanese text needs MeCab, and this build has none (build Timbre with Debian's libmecab-dev "
              "installed; the dictionary comes from open-jtalk-mecab-naist-jdic)");
}
MecabAnalyzer::~MecabAnalyzer() = default;
std::vector<NjdNode> MecabAnalyzer::analyze(const std::string&, const std::vector<Span>&, std::vector<std::size_t>*) {
  return {};
}

#endif

MecabAnalyzer& MecabAnalyzer::instance() {
  static MecabAnalyzer analyzer;  // a throwing constructor leaves it unset: the next call retries
  return analyzer;
}

}  // namespace timbre::text::japanese
