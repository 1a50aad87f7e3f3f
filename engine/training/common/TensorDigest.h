#pragma once
// The train-tiny fixtures store large tensors (weights, gradients, optimiser
// state) as digests: the values at fixed sampled positions plus the whole
// tensor's L2 norm, sum and max |x|. A table in the manifest names the tensors
// in order: [name, shape, numel, offset, count, full]; an index .npy holds the
// sampled flat positions of all of them, concatenated.
#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace timbre::training {

struct DigestRow {
  std::string name;
  std::vector<int64_t> shape;
  int64_t numel = 0;
  int64_t offset = 0;  // into the index / values arrays
  int64_t count = 0;
  bool full = false;   // every element sampled
};

// Looks a tensor up by its table name; an undefined tensor means "absent" (e.g. grad None).
using TensorLookup = std::function<at::Tensor(const std::string& name)>;

struct DigestMismatch {
  std::string name;
  double error = 0.0;  // worst |actual − expected| over the sampled entries and the norm
  double limit = 0.0;
  std::string detail;
};

class DigestTable {
 public:
  // rows: the manifest's "<model>_digest_table"; indexPath: "<model>_digest_index.npy".
  static DigestTable load(const nlohmann::json& rows, const std::string& indexPath);

  const std::vector<DigestRow>& rows() const { return m_rows; }
  // float32 [total]: the tensors' values at the sampled positions, NaN where absent.
  at::Tensor sample(const TensorLookup& lookup) const;
  // float64 [rows, 3]: L2 norm, sum, max |x| of each whole tensor (NaN where absent).
  at::Tensor stats(const TensorLookup& lookup) const;

  // Per tensor: every sampled entry and the norm within relOfNorm·‖expected‖
  // (plus absFloor), or within absLimit when relOfNorm is 0. Rows whose name is in
  // `skip` are not compared. Absent on one side only is a mismatch.
  std::vector<DigestMismatch> compare(const at::Tensor& actualValues, const at::Tensor& actualStats,
                                      const at::Tensor& expectedValues, const at::Tensor& expectedStats,
                                      double relOfNorm, double absLimit = 0.0,
                                      const std::vector<std::string>& skip = {}) const;

 private:
  std::vector<DigestRow> m_rows;
  at::Tensor m_index;  // int64 [total]
};

}  // namespace timbre::training
