#pragma once
// A restricted pickle interpreter for exactly what torch.save writes (protocol 2,
// plus the handful of protocol 3-5 data opcodes). It never imports or calls
// anything: globals resolve to a fixed allowlist (OrderedDict, the tensor
// rebuild functions, torch.<X>Storage, set/frozenset, _codecs.encode for
// bytes), unknown classes become plain dictionaries of their state, and
// anything that looks like code (os, builtins.eval, subprocess, ...) or calls an
// unknown global with arguments is refused with ErrorCode::UnsafeContent.
// Torch-free: this file is also compiled into the fuzzer.
#include "checkpoint/PickleValue.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace timbre::checkpoint {

struct PickleLimits {
  size_t maxStack = 1u << 20;        // values on the stack at once
  size_t maxMarks = 1u << 16;        // nested MARKs
  size_t maxMemoIndex = 1u << 22;    // highest memo slot
  size_t maxValues = 1u << 22;       // values created in total (~350 bytes each)
  size_t maxTensorDims = 32;
};

struct PickleResult {
  std::shared_ptr<ValueArena> arena;
  const Value* root = nullptr;
};

// Decodes `data` (the bytes of data.pkl). `displayName` names the file/entry in
// error messages. Throws timbre::Error: CorruptFile (truncated, malformed,
// inconsistent tensor metadata), UnsupportedFormat (an opcode torch.save never
// writes), UnsafeContent (forbidden globals or calls).
PickleResult unpickle(const uint8_t* data, size_t size, const std::string& displayName,
                      const PickleLimits& limits = {});

// True when module.name is a global this reader refuses outright (os.system,
// builtins.eval, subprocess.Popen, ...).
bool isForbiddenGlobal(const std::string& module, const std::string& name);

}  // namespace timbre::checkpoint
