// timbre-cli inspect FILE...: what a weight file (or an HF model folder) is,
// its tensor/parameter counts, storage dtype and key hyper-parameters; --json
// prints one object per file in an array. A bad file is reported on one line
// (or as {"file", "error"}) and the others are still inspected.
#include "CommandRegistry.h"

#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "library/ModelInspector.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>
#include <sstream>

namespace timbre::cli {
namespace {

namespace ck = timbre::checkpoint;
using nlohmann::json;

struct InspectOptions {
  std::vector<std::string> files;
  bool json = false;
  bool listTensors = false;
};

std::string dtypeName(at::ScalarType type) {
  switch (type) {
    case at::kHalf: return "float16";
    case at::kFloat: return "float32";
    case at::kDouble: return "float64";
    case at::kBFloat16: return "bfloat16";
    case at::kLong: return "int64";
    case at::kInt: return "int32";
    case at::kShort: return "int16";
    case at::kChar: return "int8";
    case at::kByte: return "uint8";
    case at::kBool: return "bool";
    default: return "other";
  }
}

// The hyper-parameters a person needs to recognise a model, per kind.
json keyConfig(const ck::ModelIdentity& id, const json& config) {
  json out = json::object();
  if (!config.is_object()) return out;
  auto pick = [&](const json& section, const std::string& prefix, std::initializer_list<const char*> keys) {
    if (!section.is_object()) return;
    for (const char* key : keys) {
      if (section.contains(key)) out[prefix + key] = section[key];
    }
  };
  const json none;
  const json& model = config.contains("model") ? config["model"] : none;
  const json& data = config.contains("data") ? config["data"] : none;
  switch (id.kind) {
    case ck::ModelKind::Gpt:
      pick(model, "model.", {"vocab_size", "phoneme_vocab_size", "embedding_dim", "hidden_dim", "head", "n_layer", "linear_units", "EOS"});
      pick(data, "data.", {"max_sec"});
      break;
    case ck::ModelKind::Sovits:
      pick(config, "", {"version"});
      pick(model, "model.", {"version", "inter_channels", "hidden_channels", "filter_channels", "n_heads", "n_layers", "gin_channels",
                             "upsample_rates", "upsample_initial_channel", "upsample_kernel_sizes", "semantic_frame_rate"});
      pick(data, "data.", {"sampling_rate", "filter_length", "hop_length", "win_length"});
      break;
    case ck::ModelKind::Hubert:
    case ck::ModelKind::Bert:
      pick(config, "", {"model_type", "hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "vocab_size",
                        "hidden_act", "feat_extract_norm", "do_stable_layer_norm", "conv_dim", "conv_kernel", "conv_stride",
                        "num_conv_pos_embeddings", "num_conv_pos_embedding_groups", "layer_norm_eps"});
      break;
    case ck::ModelKind::Vocoder:
      pick(config, "", {"num_mels", "sampling_rate", "hop_size", "upsample_rates", "upsample_kernel_sizes", "upsample_initial_channel",
                        "resblock", "activation", "snake_logscale", "use_tanh_at_final", "use_bias_at_final"});
      break;
    case ck::ModelKind::SpeakerVerification: break;
  }
  return out;
}

json describe(const std::string& file, const ck::Checkpoint& c, const ck::ModelIdentity& id) {
  json out;
  out["file"] = file;
  out["kind"] = ck::toString(id.kind);
  if (id.sovitsVersion) out["version"] = ck::toString(*id.sovitsVersion);
  if (!id.symbolVersion.empty()) out["symbols"] = id.symbolVersion;
  if (!id.versionSource.empty()) out["version_source"] = id.versionSource;
  if (!id.variant.empty()) out["variant"] = id.variant;
  out["lora"] = id.lora;
  out["tensors"] = c.tensors.size();
  int64_t parameters = 0;
  std::map<std::string, int64_t> dtypes;
  for (const auto& [name, t] : c.tensors) {
    parameters += t.numel();
    ++dtypes[dtypeName(t.scalar_type())];
  }
  out["parameters"] = parameters;
  std::string dominant = "none";
  int64_t most = -1;
  for (const auto& [name, count] : dtypes) {
    if (count > most) {
      most = count;
      dominant = name;
    }
  }
  out["dtype"] = dominant;
  out["dtypes"] = dtypes;
  out["container"] = c.container;
  out["header"] = c.headerTag;
  out["size_bytes"] = c.fileSizeBytes;
  out["md5_first_8KiB"] = c.md5First8KiB;
  if (c.weightPath != c.path) out["weight_file"] = c.weightPath;
  out["config"] = keyConfig(id, c.config);
  out["metadata"] = c.metadata;
  // Fine-tuned files say so in "info"; Timbre's own files carry its zip folder name.
  if (c.metadata.is_object() && c.metadata.contains("info") && c.metadata["info"].is_string()) {
    const std::string training = library::describeFineTuning(c.metadata["info"].get<std::string>());
    if (!training.empty()) out["training"] = training;
  }
  out["written_by_timbre"] = library::isTimbreArchiveName(c.archiveName);
  return out;
}

std::string oneLine(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void printHuman(const json& d, const ck::Checkpoint& c, bool listTensors) {
  std::ostringstream kind;
  kind << d["kind"].get<std::string>();
  if (d.contains("version")) kind << " " << d["version"].get<std::string>();
  if (d.contains("variant")) kind << " (" << d["variant"].get<std::string>() << ")";
  if (d.contains("symbols")) kind << ", symbols " << d["symbols"].get<std::string>();
  if (d["lora"].get<bool>()) kind << ", LoRA (needs its base model)";
  if (d.contains("version_source")) kind << "  [from " << d["version_source"].get<std::string>() << "]";
  std::cout << d["file"].get<std::string>() << "\n";
  std::cout << "  kind:       " << kind.str() << "\n";
  if (d.contains("training") || d["written_by_timbre"].get<bool>()) {
    std::cout << "  origin:     " << (d.contains("training") ? d["training"].get<std::string>() : std::string());
    if (d["written_by_timbre"].get<bool>()) std::cout << (d.contains("training") ? ", " : "") << "written by Timbre";
    std::cout << "\n";
  }
  std::cout << "  tensors:    " << d["tensors"] << " (" << d["parameters"] << " elements), dtype " << d["dtype"].get<std::string>();
  if (d["dtypes"].size() > 1) std::cout << " " << oneLine(d["dtypes"]);
  std::cout << "\n";
  std::cout << "  container:  " << c.container << (c.headerTag.empty() ? "" : ", version header \"" + c.headerTag + "\"")
            << (c.stateDictKey.empty() ? "" : ", weights under \"" + c.stateDictKey + "\"") << ", " << c.fileSizeBytes << " bytes"
            << ", md5(first 8 KiB) " << c.md5First8KiB << "\n";
  if (d.contains("weight_file")) std::cout << "  weights:    " << d["weight_file"].get<std::string>() << "\n";
  for (const auto& [key, value] : d["metadata"].items()) std::cout << "  " << key << ": " << std::string(key.size() < 10 ? 10 - key.size() : 0, ' ') << oneLine(value) << "\n";
  if (!d["config"].empty()) {
    std::cout << "  config:\n";
    for (const auto& [key, value] : d["config"].items()) std::cout << "    " << key << " = " << oneLine(value) << "\n";
  }
  if (listTensors) {
    for (const auto& [name, t] : c.tensors) {
      std::cout << "    " << name << " [";
      for (int64_t k = 0; k < t.dim(); ++k) std::cout << (k ? ", " : "") << t.size(k);
      std::cout << "] " << dtypeName(t.scalar_type()) << "\n";
    }
  }
}

int runInspect(const InspectOptions& options) {
  json results = json::array();
  int status = kExitOk;
  for (const auto& file : options.files) {
    try {
      const ck::Checkpoint c = ck::loadCheckpoint(file);
      const ck::ModelIdentity id = ck::identifyModel(c);
      json d = describe(file, c, id);
      if (options.json) results.push_back(std::move(d));
      else printHuman(d, c, options.listTensors);
    } catch (const timbre::Error& e) {
      status = kExitFailure;
      if (options.json) results.push_back({{"file", file}, {"error", e.what()}, {"code", timbre::errorCodeName(e.code())}});
      else std::cerr << "timbre-cli inspect: " << e.what() << "\n";
    } catch (const std::exception& e) {
      status = kExitFailure;
      if (options.json) results.push_back({{"file", file}, {"error", e.what()}, {"code", "internal"}});
      else std::cerr << "timbre-cli inspect: " << file << ": " << e.what() << "\n";
    }
  }
  if (options.json) std::cout << results.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  return status;
}

}  // namespace

void registerInspectCommand(CLI::App& app, CommandList& commands) {
  auto options = std::make_shared<InspectOptions>();
  auto* sub = app.add_subcommand("inspect", "Identify weight files (.pth, .ckpt, pytorch_model.bin, .safetensors, HF folders) without running them");
  sub->add_option("files", options->files, "Weight files or model folders")->required();
  sub->add_flag("--json", options->json, "Print a JSON array with one object per file");
  sub->add_flag("--tensors", options->listTensors, "Also list every tensor with its shape and dtype");
  commands.push_back({sub, [options] { return runInspect(*options); }});
}

}  // namespace timbre::cli
