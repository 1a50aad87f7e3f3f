#include "parity/train/TrainParity.h"

#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <fstream>
#include <sstream>

namespace timbre::cli::parity::train {

bool isTrainingSet(const nlohmann::json& manifest) {
  return manifest.is_object() && manifest.contains("files") && manifest.contains("file_roles");
}

bool Context::has(const std::string& relative) const {
  return manifest.contains("files") && manifest["files"].contains(relative);
}

at::Tensor Context::npy(const std::string& relative) const { return tensor::readNpy(pathOf(relative)); }

std::string Context::bytes(const std::string& relative) const {
  std::ifstream in(pathOf(relative), std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, pathOf(relative) + ": cannot be read");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace timbre::cli::parity::train
