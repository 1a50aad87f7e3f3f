#include "serve/PathRedactor.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace timbre::serve {

void PathRedactor::add(const std::string& folder, const std::string& label) {
  if (folder.empty()) return;
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> forms{folder, fs::absolute(folder, ec).lexically_normal().string()};
  const fs::path canonical = fs::weakly_canonical(folder, ec);
  if (!ec) forms.push_back(canonical.string());
  for (std::string form : forms) {
    while (form.size() > 1 && form.back() == '/') form.pop_back();
    if (form.size() <= 1) continue;  // never redact "/" itself
    m_replacements.emplace_back(form, label);
  }
  // Longer folders first, so /srv/refs/voices is not half-replaced as /srv/refs.
  std::stable_sort(m_replacements.begin(), m_replacements.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string PathRedactor::redact(std::string text) const {
  // A folder ends where a path component ends: /srv/refs must not match /srv/refs2.
  const auto continuesName = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  };
  for (const auto& [folder, label] : m_replacements) {
    std::size_t at = 0;
    while ((at = text.find(folder, at)) != std::string::npos) {
      const std::size_t end = at + folder.size();
      if (end < text.size() && continuesName(text[end])) {
        ++at;
        continue;
      }
      text.replace(at, folder.size(), label);
      at += label.size();
    }
  }
  return text;
}

}  // namespace timbre::serve
