#include "training/sovits/SovitsCollate.h"

#include "timbre/Error.h"

#include <algorithm>

namespace timbre::training {

namespace {

at::Tensor moved(const at::Tensor& t, at::Device device) { return t.defined() ? t.to(device) : t; }

// 2·(max//2 + 1): the official collate always leaves at least one padded frame.
int64_t evenPaddedLength(int64_t longest) { return 2 * (longest / 2 + 1); }

}  // namespace

SovitsBatch batchOn(const SovitsBatch& b, at::Device device) {
  return SovitsBatch{moved(b.ssl, device),  moved(b.sslLengths, device), moved(b.spec, device),
                               moved(b.specLengths, device), moved(b.wav, device), moved(b.wavLengths, device),
                               moved(b.text, device), moved(b.textLengths, device), moved(b.sv, device)};
}

SovitsBatch collateSovits(const std::vector<const SovitsItem*>& items) {
  if (items.empty()) throw Error(ErrorCode::InvalidArgument, "collateSovits: an empty batch");
  const int64_t count = int64_t(items.size());
  const bool withSv = items.front()->sv.defined();
  std::vector<int64_t> specFrames;
  int64_t maxSsl = 0, maxSpec = 0, maxWav = 0, maxText = 0;
  for (const SovitsItem* item : items) {
    if (item->ssl.dim() != 2 || item->spec.dim() != 2 || item->wav.dim() != 1 || item->text.dim() != 1 ||
        item->sv.defined() != withSv)
      throw Error(ErrorCode::InvalidArgument, "collateSovits: an item has the wrong shape");
    specFrames.push_back(item->spec.size(1));
    maxSsl = std::max(maxSsl, item->ssl.size(1));
    maxSpec = std::max(maxSpec, item->spec.size(1));
    maxWav = std::max(maxWav, item->wav.size(0));
    maxText = std::max(maxText, item->text.size(0));
  }
  // torch.sort(descending=True) over the spec lengths, exactly as the collate calls it.
  const at::Tensor order =
      std::get<1>(at::sort(at::tensor(specFrames, at::kLong), /*dim=*/0, /*descending=*/true)).contiguous();

  const int64_t sslChannels = items.front()->ssl.size(0), bins = items.front()->spec.size(0);
  SovitsBatch batch;
  batch.ssl = at::zeros({count, sslChannels, evenPaddedLength(maxSsl)}, at::kFloat);
  batch.spec = at::zeros({count, bins, evenPaddedLength(maxSpec)}, at::kFloat);
  batch.wav = at::zeros({count, 1, maxWav}, at::kFloat);
  batch.text = at::zeros({count, maxText}, at::kLong);
  batch.sslLengths = at::zeros({count}, at::kLong);
  batch.specLengths = at::zeros({count}, at::kLong);
  batch.wavLengths = at::zeros({count}, at::kLong);
  batch.textLengths = at::zeros({count}, at::kLong);
  if (withSv) batch.sv = at::zeros({count, items.front()->sv.size(0)}, at::kFloat);

  for (int64_t i = 0; i < count; ++i) {
    const SovitsItem& item = *items[size_t(order[i].item<int64_t>())];
    batch.ssl[i].narrow(1, 0, item.ssl.size(1)).copy_(item.ssl);
    batch.spec[i].narrow(1, 0, item.spec.size(1)).copy_(item.spec);
    batch.wav[i][0].narrow(0, 0, item.wav.size(0)).copy_(item.wav);
    batch.text[i].narrow(0, 0, item.text.size(0)).copy_(item.text);
    batch.sslLengths[i] = item.ssl.size(1);
    batch.specLengths[i] = item.spec.size(1);
    batch.wavLengths[i] = item.wav.size(0);
    batch.textLengths[i] = item.text.size(0);
    if (withSv) batch.sv[i].copy_(item.sv);
  }
  return batch;
}

}  // namespace timbre::training
