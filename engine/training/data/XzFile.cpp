#include "training/data/XzFile.h"

#include "training/data/AtomicFile.h"

#include <timbre/Error.h>

#include <lzma.h>

namespace timbre::training::data {

std::vector<uint8_t> readXzFile(const std::string& path) {
  const std::string compressed = readWholeFile(path);
  lzma_stream stream = LZMA_STREAM_INIT;
  if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK)
    throw Error(ErrorCode::Internal, "cannot start the xz decoder for " + path);
  std::vector<uint8_t> out;
  uint8_t buffer[1 << 16];
  stream.next_in = reinterpret_cast<const uint8_t*>(compressed.data());
  stream.avail_in = compressed.size();
  lzma_ret status = LZMA_OK;
  while (status == LZMA_OK) {
    stream.next_out = buffer;
    stream.avail_out = sizeof buffer;
    status = lzma_code(&stream, LZMA_FINISH);
    out.insert(out.end(), buffer, buffer + (sizeof buffer - stream.avail_out));
  }
  lzma_end(&stream);
  if (status != LZMA_STREAM_END)
    throw Error(ErrorCode::CorruptFile, path + ": not a valid .xz file (liblzma error " +
                                            std::to_string(static_cast<int>(status)) + ")");
  return out;
}

}  // namespace timbre::training::data
