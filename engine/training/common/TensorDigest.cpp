#include "training/common/TensorDigest.h"

#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace timbre::training {

DigestTable DigestTable::load(const nlohmann::json& rows, const std::string& indexPath) {
  DigestTable table;
  for (const auto& r : rows) {
    DigestRow row;
    row.name = r.at(0).get<std::string>();
    row.shape = r.at(1).get<std::vector<int64_t>>();
    row.numel = r.at(2).get<int64_t>();
    row.offset = r.at(3).get<int64_t>();
    row.count = r.at(4).get<int64_t>();
    row.full = r.at(5).get<bool>();
    table.m_rows.push_back(std::move(row));
  }
  table.m_index = tensor::readNpy(indexPath).to(at::kLong).contiguous();
  const int64_t total = table.m_rows.empty() ? 0 : table.m_rows.back().offset + table.m_rows.back().count;
  if (table.m_index.numel() != total)
    throw Error(ErrorCode::CorruptFile, indexPath + ": " + std::to_string(table.m_index.numel()) +
                                            " positions, the table needs " + std::to_string(total));
  return table;
}

at::Tensor DigestTable::sample(const TensorLookup& lookup) const {
  at::Tensor out = at::full({m_index.numel()}, std::numeric_limits<float>::quiet_NaN(), at::kFloat);
  for (const auto& row : m_rows) {
    const at::Tensor t = lookup(row.name);
    if (!t.defined()) continue;
    if (t.numel() != row.numel)
      throw Error(ErrorCode::ModelMismatch, "digest: '" + row.name + "' has " + std::to_string(t.numel()) +
                                                " elements, the fixture " + std::to_string(row.numel));
    const at::Tensor flat = t.detach().to(at::kCPU, at::kFloat).reshape({-1});
    out.narrow(0, row.offset, row.count).copy_(flat.index_select(0, m_index.narrow(0, row.offset, row.count)));
  }
  return out;
}

at::Tensor DigestTable::stats(const TensorLookup& lookup) const {
  at::Tensor out = at::full({int64_t(m_rows.size()), 3}, std::numeric_limits<double>::quiet_NaN(), at::kDouble);
  for (size_t i = 0; i < m_rows.size(); ++i) {
    const at::Tensor t = lookup(m_rows[i].name);
    if (!t.defined()) continue;
    const at::Tensor d = t.detach().to(at::kCPU, at::kDouble).reshape({-1});
    out[i][0] = d.norm().item<double>();
    out[i][1] = d.sum().item<double>();
    out[i][2] = d.abs().max().item<double>();
  }
  return out;
}

std::vector<DigestMismatch> DigestTable::compare(const at::Tensor& actualValues, const at::Tensor& actualStats,
                                                 const at::Tensor& expectedValues, const at::Tensor& expectedStats,
                                                 double relOfNorm, double absLimit,
                                                 const std::vector<std::string>& skip) const {
  std::vector<DigestMismatch> out;
  const at::Tensor av = actualValues.to(at::kDouble), ev = expectedValues.to(at::kDouble);
  const at::Tensor as = actualStats.to(at::kDouble), es = expectedStats.to(at::kDouble);
  for (size_t i = 0; i < m_rows.size(); ++i) {
    const DigestRow& row = m_rows[i];
    if (std::find(skip.begin(), skip.end(), row.name) != skip.end()) continue;
    const double expectedNorm = es[i][0].item<double>(), actualNorm = as[i][0].item<double>();
    const bool expectedAbsent = std::isnan(expectedNorm), actualAbsent = std::isnan(actualNorm);
    if (expectedAbsent || actualAbsent) {
      if (expectedAbsent != actualAbsent)
        out.push_back({row.name, INFINITY, 0.0, expectedAbsent ? "present here, absent in the fixture"
                                                                : "absent here, present in the fixture"});
      continue;
    }
    const double limit = relOfNorm > 0 ? relOfNorm * expectedNorm + absLimit : absLimit;
    const double entryError =
        (av.narrow(0, row.offset, row.count) - ev.narrow(0, row.offset, row.count)).abs().max().item<double>();
    const double normError = std::abs(actualNorm - expectedNorm);
    const double error = std::max(entryError, normError);
    if (!(error <= limit))
      out.push_back({row.name, error, limit,
                     "entries " + std::to_string(entryError) + ", norm " + std::to_string(normError)});
  }
  return out;
}

}  // namespace timbre::training
