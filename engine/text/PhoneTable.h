#pragma once
// GPT-SoVITS phone vocabularies. v1 models use the 322-symbol table, v2 and later
// (v2, v2Pro, v2ProPlus, v3, v4) the 732-symbol one. A phone's id is its index.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text {

enum class PhoneTableVersion { V1, V2 };

class PhoneTable {
 public:
  // The shared, immutable table for a version.
  static const PhoneTable& get(PhoneTableVersion version);

  PhoneTableVersion version() const { return m_version; }
  std::size_t size() const { return m_symbols.size(); }
  bool contains(std::string_view phone) const { return id(phone).has_value(); }
  std::optional<int> id(std::string_view phone) const;
  // Id of the phone, or of "UNK" when the table lacks it (what the reference does).
  int idOrUnk(std::string_view phone) const;
  // Throws timbre::Error(InvalidArgument) for an id outside the table.
  std::string_view symbol(int id) const;
  int unkId() const { return m_unkId; }

  // Phones the table lacks become "UNK"; returns the ids of the result.
  std::vector<int> toIds(std::vector<std::string>& phones) const;

 private:
  PhoneTable(PhoneTableVersion version, std::span<const std::string_view> symbols);

  PhoneTableVersion m_version;
  std::span<const std::string_view> m_symbols;
  std::vector<int> m_sortedIds;  // ids ordered by symbol, for binary search
  int m_unkId = -1;
};

}  // namespace timbre::text
