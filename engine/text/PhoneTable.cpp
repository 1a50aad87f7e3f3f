#include "text/PhoneTable.h"

#include <algorithm>

#include "text/PhoneTableData.h"
#include "timbre/Error.h"

namespace timbre::text {

PhoneTable::PhoneTable(PhoneTableVersion version, std::span<const std::string_view> symbols)
    : m_version(version), m_symbols(symbols) {
  // The table is sorted by Python code point only up to the appended ko/yue parts,
  // so keep our own sorted index rather than relying on the order.
  m_sortedIds.resize(m_symbols.size());
  for (std::size_t i = 0; i < m_symbols.size(); ++i) m_sortedIds[i] = static_cast<int>(i);
  std::sort(m_sortedIds.begin(), m_sortedIds.end(),
            [this](int a, int b) { return m_symbols[a] < m_symbols[b]; });
  m_unkId = id("UNK").value();
}

const PhoneTable& PhoneTable::get(PhoneTableVersion version) {
  static const PhoneTable v1(PhoneTableVersion::V1, detail::kPhonesV1);
  static const PhoneTable v2(PhoneTableVersion::V2, detail::kPhonesV2);
  return version == PhoneTableVersion::V1 ? v1 : v2;
}

std::optional<int> PhoneTable::id(std::string_view phone) const {
  auto it = std::lower_bound(m_sortedIds.begin(), m_sortedIds.end(), phone,
                             [this](int a, std::string_view p) { return m_symbols[a] < p; });
  if (it != m_sortedIds.end() && m_symbols[*it] == phone) return *it;
  return std::nullopt;
}

int PhoneTable::idOrUnk(std::string_view phone) const { return id(phone).value_or(m_unkId); }

std::string_view PhoneTable::symbol(int id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= m_symbols.size())
    throw Error(ErrorCode::InvalidArgument, "phone id " + std::to_string(id) + " is outside the " +
                                                std::to_string(m_symbols.size()) + "-symbol table");
  return m_symbols[static_cast<std::size_t>(id)];
}

std::vector<int> PhoneTable::toIds(std::vector<std::string>& phones) const {
  std::vector<int> ids;
  ids.reserve(phones.size());
  for (auto& phone : phones) {
    auto found = id(phone);
    if (!found) phone = "UNK";
    ids.push_back(found.value_or(m_unkId));
  }
  return ids;
}

}  // namespace timbre::text
