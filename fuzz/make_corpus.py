#!/usr/bin/env python3
"""Writes the seed corpus for fuzz_checkpoint: tiny torch.save-style zips (with and
without GPT-SoVITS's version tag), their raw pickles and a safetensors file.
Needs only the Python standard library: stand-in modules named torch,
torch._utils, collections and utils make pickle emit the same opcodes as
torch.save (protocol 2, BINPERSID storages, _rebuild_tensor_v2, HParams BUILD)."""
import collections
import io
import json
import os
import pickle
import struct
import sys
import types
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

torch = types.ModuleType("torch")
torch_utils = types.ModuleType("torch._utils")
utils = types.ModuleType("utils")
sys.modules.update({"torch": torch, "torch._utils": torch_utils, "utils": utils})


def _rebuild_tensor_v2(*args):
    raise RuntimeError("never called")


_rebuild_tensor_v2.__module__ = "torch._utils"
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2


class Storage:
    def __init__(self, kind, key, numel, data):
        self.kind, self.key, self.numel, self.data = kind, key, numel, data


for name in ["HalfStorage", "FloatStorage", "LongStorage", "BoolStorage", "BFloat16Storage"]:
    cls = type(name, (), {"__module__": "torch"})
    setattr(torch, name, cls)


class Tensor:
    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def __reduce__(self):
        return (_rebuild_tensor_v2, (self.storage, self.offset, self.size, self.stride, False, collections.OrderedDict()))


class HParams:
    def __init__(self, **kw):
        self.__dict__.update(kw)


HParams.__module__ = "utils"
utils.HParams = HParams


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            return ("storage", getattr(torch, obj.kind), obj.key, "cpu", obj.numel)
        return None


def dumps(obj):
    buf = io.BytesIO()
    TorchPickler(buf, protocol=2).dump(obj)
    return buf.getvalue()


def torch_zip(prefix, obj, storages, tag=b""):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr(prefix + "/data.pkl", dumps(obj))
        for s in storages:
            z.writestr(prefix + "/data/" + s.key, s.data)
        z.writestr(prefix + "/version", b"3\n")
    data = buf.getvalue()
    return tag + data[2:] if tag else data


def half(values):
    return struct.pack("<%de" % len(values), *values)


def main():
    os.makedirs(OUT, exist_ok=True)
    s0 = Storage("HalfStorage", "0", 6, half([0.5, -1.0, 2.0, 0.25, 3.0, -0.125]))
    s1 = Storage("FloatStorage", "1", 4, struct.pack("<4f", 1.0, 2.0, 3.0, 4.0))
    s2 = Storage("LongStorage", "2", 1, struct.pack("<q", 1000))
    s3 = Storage("BoolStorage", "3", 2, b"\x01\x00")
    config = HParams(train=HParams(seed=1234, fp16_run=True), data=HParams(sampling_rate=32000, mel_fmax=None),
                     model=HParams(gin_channels=48, upsample_rates=[10, 8, 2, 2, 2], resblock="1"),
                     version="v2Pro", blob=b"\x00\xffab")
    sovits = collections.OrderedDict()
    sovits["weight"] = {"enc_p.text_embedding.weight": Tensor(s0, 0, (2, 3), (3, 1)),
                        "dec.conv_post.weight": Tensor(s0, 1, (2, 2), (1, 3))}
    sovits["config"] = config
    sovits["info"] = "8epoch_96iteration"
    gpt = collections.OrderedDict()
    weights = collections.OrderedDict()
    weights["model.ar_audio_position.alpha"] = Tensor(s1, 0, (1,), (1,))
    weights["model.bert_proj.weight"] = Tensor(s1, 0, (2, 2), (2, 1))
    gpt["weight"] = weights
    gpt["config"] = {"data": {"max_sec": 54}, "model": {"phoneme_vocab_size": 732, "EOS": 1024}}
    gpt["info"] = "GPT-e8"
    plain = collections.OrderedDict()
    plain["bn1.num_batches_tracked"] = Tensor(s2, 0, (), ())
    plain["mask"] = Tensor(s3, 0, (2,), (1,))
    plain["layer.0.weight"] = Tensor(s1, 1, (3,), (1,))

    files = {
        "sovits_v2pro_tag05.pth": torch_zip("archive", sovits, [s0], tag=b"05"),
        "sovits_plain.pth": torch_zip("1712345678.9", sovits, [s0]),
        "gpt.ckpt": torch_zip("1795234908.385015", gpt, [s1]),
        "state_dict.bin": torch_zip("pytorch_model", plain, [s1, s2, s3]),
        "sovits_data.pkl": dumps(sovits),
        "gpt_data.pkl": dumps(gpt),
        "config_only.pkl": dumps({"config": config, "tags": {"a", "b"}, "t": (1, 2.5, None, True)}),
    }
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "a": {"dtype": "F16", "shape": [2, 2], "data_offsets": [0, 8]},
                         "b": {"dtype": "I64", "shape": [1], "data_offsets": [8, 16]}}).encode()
    files["tiny.safetensors"] = struct.pack("<Q", len(header)) + header + half([1, 2, 3, 4]) + struct.pack("<q", 7)
    # Metadata nesting just past the reader's depth bound (128): mutations around it
    # probe both the refusal and the deepest accepted trees.
    deep = ('{"__metadata__":' + "[" * 130 + "]" * 130 + "}").encode()
    files["deep_metadata.safetensors"] = struct.pack("<Q", len(deep)) + deep
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print("wrote %d files, %d bytes" % (len(files), sum(len(d) for d in files.values())))


if __name__ == "__main__":
    main()
