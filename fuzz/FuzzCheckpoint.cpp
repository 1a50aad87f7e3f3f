// libFuzzer target over the torch-free checkpoint layer: zip container (with
// and without the GPT-SoVITS version tag), the restricted pickle VM, state-dict
// location, config→JSON and storage reads; plus raw pickles and safetensors
// headers. Any timbre::Error is a clean refusal; everything else (crash,
// sanitizer report, other exception, hang) is a bug.
#include "checkpoint/CheckpointLayout.h"
#include "checkpoint/Pickle.h"
#include "checkpoint/Safetensors.h"
#include "checkpoint/TorchArchive.h"
#include "timbre/Error.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace ck = timbre::checkpoint;

namespace {

void exerciseTree(const ck::Value* root, const std::string& name) {
  (void)ck::toJson(root).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  const ck::CheckpointLayout layout = ck::locateStateDict(root, name);
  (void)layout.config.dump();
  (void)layout.metadata.dump();
}

void fuzzTorchZip(const uint8_t* data, size_t size) {
  ck::TorchArchive archive(std::vector<uint8_t>(data, data + size), "fuzz.pth");
  const ck::PickleResult pickle = archive.readPickle();
  ck::checkAllStorages(archive, pickle.root);
  const ck::CheckpointLayout layout = ck::locateStateDict(pickle.root, "fuzz.pth");
  (void)layout.config.dump();
  std::vector<uint8_t> buffer;
  for (const auto& [name, desc] : layout.tensors) {
    const uint64_t bytes = desc->storage.numel * ck::elementSize(desc->storage.dtype);
    buffer.assign(size_t(bytes), 0);  // bounded: checkAllStorages matched it to a real entry size
    archive.readStorage(desc->storage, buffer.data(), bytes);
  }
}

}  // namespace

// libFuzzer's default -max_len (4096, or the largest seed) cannot reach the
// nesting depths that overflow a recursive reader (issue #18: 60,000 levels in a
// 120 KB header), so unless the command line sets it, inputs may grow to 256 KiB.
// libFuzzer parses the flags after this hook, so an added argument counts.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  for (int k = 1; k < *argc; ++k)
    if (std::strncmp((*argv)[k], "-max_len=", 9) == 0) return 0;
  static std::vector<char*> arguments;
  static char maxLen[] = "-max_len=262144";
  arguments.assign(*argv, *argv + *argc);
  arguments.insert(arguments.begin() + 1, maxLen);
  arguments.push_back(nullptr);
  *argc += 1;
  *argv = arguments.data();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    if (ck::looksLikeTorchZip(data, size)) {
      fuzzTorchZip(data, size);
    } else if (ck::looksLikeSafetensors(data, size)) {
      (void)ck::parseSafetensors(data, size, "fuzz.safetensors");
    } else {
      const ck::PickleResult pickle = ck::unpickle(data, size, "fuzz.pkl");
      exerciseTree(pickle.root, "fuzz.pkl");
    }
  } catch (const timbre::Error&) {
    // A clean refusal.
  }
  return 0;
}
