#!/usr/bin/env python3
"""Makes english-data.tar.xz, the English frontend's vendored data, from the files the
official GPT-SoVITS frontend reads (see LICENSES.md for sources and licences).

    python3 vendor_english_data.py SHARED_FRONTEND_DIR OUTPUT.tar.xz

The dictionaries and the homograph table are kept as they are. Two files are only
re-encoded, without changing a value:
  - NLTK's tagger (JSON) -> tagger-classes.txt, tagger-tagdict.tsv ("word<TAB>tag") and
    tagger-weights.tsv ("feature<TAB>tag weight<TAB>tag weight..." in the model's own
    feature and tag order, weights written with repr, so they parse to the same doubles);
  - g2p_en's npz -> g2p_en.f32 (the float32 arrays back to back, little-endian, in the
    order of g2p_en.shapes: "name rows cols" per line).
The build (engine/text/english/CMakeLists.txt) unpacks the archive and compiles it in.
"""
import io, json, os, struct, sys, tarfile, zipfile

ARRAYS = ["enc_emb", "enc_w_ih", "enc_w_hh", "enc_b_ih", "enc_b_hh",
          "dec_emb", "dec_w_ih", "dec_w_hh", "dec_b_ih", "dec_b_hh", "fc_w", "fc_b"]


def read_npy(data):
    # NumPy .npy v1/v2: magic, version, header length, a Python-literal dict header.
    assert data[:6] == b"\x93NUMPY", "not an .npy array"
    major = data[6]
    if major == 1:
        (hlen,), start = struct.unpack("<H", data[8:10]), 10
    else:
        (hlen,), start = struct.unpack("<I", data[8:12]), 12
    header = eval(data[start:start + hlen].decode("latin1"), {"__builtins__": {}})  # a plain dict literal
    assert header["descr"] == "<f4" and not header["fortran_order"], header
    shape = header["shape"]
    rows, cols = (shape[0], shape[1]) if len(shape) == 2 else (1, shape[0])
    payload = data[start + hlen:]
    assert len(payload) == rows * cols * 4
    return rows, cols, payload


def main(src, out):
    files = {}
    for name, target in [("cmudict.rep", "cmudict.rep"), ("cmudict-fast.rep", "cmudict-fast.rep"),
                         ("engdict-hot.rep", "engdict-hot.rep"), ("gpt_sovits_namedict.tsv", "namedict.tsv"),
                         ("g2p_en_homographs.en", "homographs.en")]:
        with open(os.path.join(src, name), "rb") as f:
            files[target] = f.read()

    with open(os.path.join(src, "nltk_averaged_perceptron_tagger.json"), encoding="utf-8") as f:
        tagger = json.load(f)
    files["tagger-classes.txt"] = "".join(c + "\n" for c in tagger["classes"]).encode()
    files["tagger-tagdict.tsv"] = "".join(f"{w}\t{t}\n" for w, t in tagger["tagdict"].items()).encode()
    lines = []
    for feature, weights in tagger["weights"].items():
        lines.append(feature + "".join(f"\t{tag} {weight!r}" for tag, weight in weights.items()) + "\n")
    files["tagger-weights.tsv"] = "".join(lines).encode()

    shapes, blob = [], io.BytesIO()
    with zipfile.ZipFile(os.path.join(src, "g2p_en_checkpoint20.npz")) as z:
        for name in ARRAYS:
            rows, cols, payload = read_npy(z.read(name + ".npy"))
            shapes.append(f"{name} {rows} {cols}\n")
            blob.write(payload)
    files["g2p_en.shapes"] = "".join(shapes).encode()
    files["g2p_en.f32"] = blob.getvalue()

    with tarfile.open(out, "w:xz", preset=9) as tar:
        for name in sorted(files):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(files[name]), 0, 0o644
            tar.addfile(info, io.BytesIO(files[name]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
