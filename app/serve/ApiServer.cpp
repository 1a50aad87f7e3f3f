#include "serve/ApiServer.h"

#include <httplib.h>

#include <cctype>
#include <filesystem>
#include <functional>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "checkpoint/JsonDepth.h"
#include "pipeline/ReferenceEncoder.h"
#include "pipeline/Synthesizer.h"
#include "serve/ApiError.h"
#include "serve/AudioResponse.h"
#include "serve/ClientConnection.h"
#include "serve/GptStepCounter.h"
#include "serve/ParallelDecodeLimit.h"
#include "serve/UploadedReference.h"
#include "timbre/Error.h"

namespace timbre::serve {
namespace {

using nlohmann::json;

void sendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  // Client text may be invalid UTF-8: replace it rather than fail to answer.
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

void sendError(httplib::Response& res, const ApiError& e, bool legacy = false) {
  json body = legacy ? json{{"code", e.status}, {"message", e.message}} : json{{"message", e.message}};
  if (!e.exception.empty()) body["Exception"] = e.exception;
  if (e.status == 429 || e.status == 503) res.set_header("Retry-After", "1");
  sendJson(res, e.status, body);
}

// Query parameters as JSON fields. A repeated list parameter becomes an
// array; for any other, the last one wins (FastAPI's scalar rule). The access
// token is not a request field.
json fieldsFromParams(const httplib::Params& params) {
  json fields = json::object();
  for (const auto& [key, value] : params) {
    if (key == "token") continue;
    const bool list = key == "aux_ref_audio_paths" || key == "inp_refs";
    if (!list || !fields.contains(key)) {
      fields[key] = value;
    } else {
      if (!fields[key].is_array()) fields[key] = json::array({fields[key]});
      fields[key].push_back(value);
    }
  }
  return fields;
}

json fieldsFromBody(const httplib::Request& req) {
  if (req.body.empty()) return json::object();
  // A deeply nested body would crash the recursive copies of a json value.
  if (checkpoint::jsonNestingDepth(req.body.data(), req.body.data() + req.body.size()) > checkpoint::kMaxJsonDepth)
    throw ApiError(400, "the request body nests deeper than " + std::to_string(checkpoint::kMaxJsonDepth) + " levels");
  json fields = json::parse(req.body, nullptr, false);
  if (fields.is_discarded()) throw ApiError(400, "the request body is not valid JSON");
  if (!fields.is_object()) throw ApiError(400, "the request body must be a JSON object");
  return fields;
}

std::string param(const httplib::Request& req, const std::string& name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

std::string clientOf(const httplib::Request& req) { return req.remote_addr; }

// A value that is meant as a voice name rather than a file: a valid name
// without an audio file's extension.
bool looksLikeVoiceName(const std::string& value) {
  if (!library::VoiceLibrary::isValidName(value)) return false;
  const auto dot = value.rfind('.');
  if (dot == std::string::npos) return true;
  std::string ext = value.substr(dot + 1);
  for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  for (const char* audio : {"wav", "flac", "ogg", "oga", "opus", "mp3", "m4a", "aac"})
    if (ext == audio) return false;
  return true;
}

bool isEmptyField(const json& fields, const char* name) {
  const auto it = fields.find(name);
  return it == fields.end() || it->is_null() || (it->is_string() && it->get<std::string>().empty());
}

// A synthesis that fails after admission: api_v2's "tts failed" answer.
ApiError ttsFailed(const std::exception& e) { return ApiError(400, "tts failed", e.what()); }

// httplib's thread pool, with every accepted connection under ReadDeadlines.
class DeadlineThreadPool : public httplib::TaskQueue {
 public:
  DeadlineThreadPool(std::size_t threads, ReadDeadlines& deadlines, const int& port)
      : m_pool(threads), m_deadlines(deadlines), m_port(port) {}
  void enqueue(std::function<void()> task) override { m_pool.enqueue(m_deadlines.guard(std::move(task), m_port)); }
  void shutdown() override { m_pool.shutdown(); }

 private:
  httplib::ThreadPool m_pool;
  ReadDeadlines& m_deadlines;
  const int& m_port;
};

// Everything a streamed response needs after the handler returns.
struct StreamState {
  std::unique_ptr<ClientConnection> client;  // to stop the synthesis when the client leaves
  std::string clientAddress;
  std::unique_ptr<RequestQueue::Slot> slot;
  std::unique_ptr<UploadedReference> upload;
  pipeline::ReferenceCache* cache = nullptr;
  pipeline::SynthesisRequest request;
  MediaType mediaType = MediaType::Wav;
};

}  // namespace

ApiServer::ApiServer(ServeOptions options, ModelPool& pool)
    : m_options(std::move(options)),
      m_pool(pool),
      m_access(m_options.host, m_options.token),
      m_rateLimiter(m_options.rateLimitPerMinute),
      m_queue(m_options.maxConcurrent, m_options.maxQueue),
      m_refGuard(m_options.refDirs, "--ref-dir"),
      m_weightGuard(
          [&] {
            std::vector<std::string> roots{m_options.models};
            roots.insert(roots.end(), m_options.weightDirs.begin(), m_options.weightDirs.end());
            return roots;
          }(),
          "--models/--weights-dir"),
      m_voices(m_options.voices.empty() ? library::VoiceLibrary::defaultRoot() : m_options.voices),
      // Throws timbre::Error naming the file and line of a bad entry.
      m_dictionary(m_options.dictionary.empty()
                       ? nullptr
                       : std::make_unique<text::UserDictionary>(text::UserDictionary::load(m_options.dictionary))),
      m_deadlines(std::make_unique<ReadDeadlines>(m_options.headerTimeoutSeconds, m_options.bodyTimeoutSeconds)),
      m_server(std::make_unique<httplib::Server>()) {
  // Threads for every admitted synthesis plus some for the quick answers
  // (429s, weight switches); further connections wait for a thread. A
  // connection that does not deliver its request in time is cut.
  const std::size_t threads = std::size_t(m_options.maxConcurrent + m_options.maxQueue + 8);
  m_server->new_task_queue = [this, threads] { return new DeadlineThreadPool(threads, *m_deadlines, m_port); };
  // One request per connection: the read deadlines are armed per connection.
  m_server->set_keep_alive_max_count(1);
  // Folders a remote client has no business seeing, named by their option instead.
  for (const std::string& dir : m_options.refDirs) m_redactor.add(dir, "<ref-dir>");
  for (const std::string& dir : m_options.weightDirs) m_redactor.add(dir, "<weights-dir>");
  m_redactor.add(m_options.models, "<models>");
  m_redactor.add(m_voices.root(), "<voice library>");
  m_redactor.add(m_options.cacheDir, "<cache>");
  std::error_code ec;
  m_redactor.add(std::filesystem::temp_directory_path(ec).string(), "<temp>");
  m_server->set_payload_max_length(m_options.maxUploadBytes + (1u << 20));
  m_server->set_read_timeout(30);
  m_server->set_write_timeout(30);
  m_server->set_keep_alive_timeout(5);
  routes();
}

ApiServer::~ApiServer() = default;

bool ApiServer::admitRequest(const httplib::Request& req, httplib::Response& res) {
  if (!m_rateLimiter.allow(clientOf(req))) {
    res.set_header("Retry-After", std::to_string(m_rateLimiter.retryAfterSeconds()));
    sendJson(res, 429, {{"message", "too many requests from " + clientOf(req) + "; slow down"}});
    return false;
  }
  if (m_access.requiresToken()) {
    if (!m_access.tokenMatches(req.get_header_value("Authorization"), param(req, "token"))) {
      res.set_header("WWW-Authenticate", "Bearer");
      sendJson(res, 401,
               {{"message", "a valid token is required (header 'Authorization: Bearer <token>' or ?token=)"}});
      return false;
    }
    return true;
  }
  const std::string refusal = m_access.browserRefusal(
      req.get_header_value("Origin"), req.get_header_value("Sec-Fetch-Site"), req.get_header_value("Host"));
  if (!refusal.empty()) {
    sendJson(res, 403, {{"message", refusal}});
    return false;
  }
  return true;
}

void ApiServer::routes() {
  httplib::Server& s = *m_server;
  s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    m_deadlines->headersRead();
    return admitRequest(req, res) ? httplib::Server::HandlerResponse::Unhandled
                                  : httplib::Server::HandlerResponse::Handled;
  });
  // Called for every status >= 400; fills in a JSON body only where none was set.
  s.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
    m_deadlines->requestRead();
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const std::string message = res.status == 404   ? "no endpoint " + req.path
                                : res.status == 413 ? "the request body is too large"
                                                    : "request failed";
    sendJson(res, res.status, {{"message", message}});
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.set_exception_handler([this](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    sendJson(res, 500, {{"message", "internal error"}, {"Exception", m_redactor.redact(what)}});
  });
  if (!m_options.quiet) {
    s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      // The path only: a query string may hold the token.
      std::fprintf(stderr, "%s %s %s -> %d\n", req.remote_addr.c_str(), req.method.c_str(), req.path.c_str(),
                   res.status);
    });
  }

  // Every handler: the request is fully read (no deadline while it is served),
  // and its error messages name no server folder.
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
  const auto route = [this](Handler handler) {
    return [this, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
      m_deadlines->requestRead();
      handler(req, res);
      if (res.status >= 400 && !res.body.empty()) {
        const std::string type = res.get_header_value("Content-Type");
        res.set_content(m_redactor.redact(res.body), type.empty() ? "application/json" : type);
      }
    };
  };
  s.Get("/tts", route([this](const httplib::Request& req, httplib::Response& res) { handleTts(req, res, false); }));
  s.Post("/tts", route([this](const httplib::Request& req, httplib::Response& res) { handleTts(req, res, true); }));
  s.Get("/set_refer_audio",
        route([this](const httplib::Request& req, httplib::Response& res) { handleSetReferAudio(req, res); }));
  s.Get("/set_gpt_weights",
        route([this](const httplib::Request& req, httplib::Response& res) { handleSetWeights(req, res, true); }));
  s.Get("/set_sovits_weights",
        route([this](const httplib::Request& req, httplib::Response& res) { handleSetWeights(req, res, false); }));
  s.Get("/control", route([this](const httplib::Request& req, httplib::Response& res) { handleControl(req, res); }));
  s.Get("/", route([this](const httplib::Request& req, httplib::Response& res) { handleLegacy(req, res, false); }));
  s.Post("/", route([this](const httplib::Request& req, httplib::Response& res) { handleLegacy(req, res, true); }));
  s.Get("/set_model", route([this](const httplib::Request& req, httplib::Response& res) { handleSetModel(req, res, false); }));
  s.Post("/set_model", route([this](const httplib::Request& req, httplib::Response& res) { handleSetModel(req, res, true); }));
  s.Get("/change_refer",
        route([this](const httplib::Request& req, httplib::Response& res) { handleChangeRefer(req, res, false); }));
  s.Post("/change_refer",
         route([this](const httplib::Request& req, httplib::Response& res) { handleChangeRefer(req, res, true); }));
}

void ApiServer::handleTts(const httplib::Request& req, httplib::Response& res, bool post) {
  try {
    json fields;
    std::string uploadBytes, uploadName;
    bool hasUpload = false;
    if (post && req.is_multipart_form_data()) {
      fields = json::object();
      for (const auto& [name, part] : req.files) {
        if (name == "ref_audio") {
          if (part.content.size() > m_options.maxUploadBytes)
            throw ApiError(413, "ref_audio is " + std::to_string(part.content.size()) +
                                    " bytes; this server accepts at most " + std::to_string(m_options.maxUploadBytes));
          uploadBytes = part.content;
          uploadName = part.filename.empty() ? "ref_audio" : part.filename;
          hasUpload = true;
        } else if (name == "aux_ref_audio_paths") {
          if (!fields.contains(name)) fields[name] = json::array();
          fields[name].push_back(part.content);
        } else {
          fields[name] = part.content;
        }
      }
    } else {
      fields = post ? fieldsFromBody(req) : fieldsFromParams(req.params);
    }
    if (!hasUpload) applyVoicePrompt(fields, "ref_audio_path", "prompt_text", "prompt_lang");
    const TtsRequestParser parser(m_options.maxTextBytes, m_pool.usesV1Phones());
    TtsJob job = parser.parse(fields, hasUpload);
    if (hasUpload) job.refAudioPath.clear();  // the upload is the main reference
    synthesize(req, std::move(job), uploadBytes, uploadName, res);
  } catch (const ApiError& e) {
    sendError(res, e);
  }
}

void ApiServer::synthesize(const httplib::Request& req, TtsJob job, const std::string& uploadedBytes,
                           const std::string& uploadName, httplib::Response& res) {
  auto state = std::make_shared<StreamState>();
  state->client = std::make_unique<ClientConnection>(req.local_addr, req.local_port, req.remote_addr, req.remote_port);
  state->clientAddress = req.remote_addr;
  state->mediaType = job.mediaType;
  pipeline::SynthesisRequest& r = job.request;
  state->cache = &m_pool.cache();
  // parallel_infer decodes the whole text at once, in memory that grows with
  // the square of its length: refuse what would exceed the budget, up front.
  if (r.parallelDecode && !job.streaming && r.speed == 1.0) {
    const std::size_t limit = maxParallelTextBytes(m_options.maxRequestMemoryBytes);
    if (r.text.size() > limit)
      throw ApiError(413, "text is " + std::to_string(r.text.size()) + " bytes; with parallel_infer=true it is decoded "
                          "in one piece, estimated at up to " +
                              std::to_string(estimatedJoinedDecodeBytes(r.text.size()) >> 20) +
                              " MB, over this server's per-request limit of " +
                              std::to_string(m_options.maxRequestMemoryBytes >> 20) +
                              " MB; send parallel_infer=false or at most " + std::to_string(limit) + " bytes");
  }
  // Paths first: a refused path must not take a queue place.
  if (job.refAudioPath.empty()) {
    state->upload = std::make_unique<UploadedReference>(uploadedBytes, uploadName);
    r.references.push_back(state->upload->path());
  } else if (const auto voice = voiceNamed(job.refAudioPath, "ref_audio_path")) {
    // A saved voice: its clip, its auxiliary clips unless the request names others,
    // and the features cached in its folder.
    r.references.push_back(voice->referenceClip);
    if (job.auxRefAudioPaths.empty()) r.references.insert(r.references.end(), voice->auxClips.begin(), voice->auxClips.end());
    state->cache = &voiceCache(*voice);
  } else {
    r.references.push_back(referencePath(job.refAudioPath, "ref_audio_path"));
  }
  for (const std::string& aux : job.auxRefAudioPaths)
    r.references.push_back(referencePath(aux, "aux_ref_audio_paths"));

  state->slot = m_queue.tryAdmit();
  if (!state->slot)
    throw ApiError(429, "the server is busy (" + std::to_string(m_queue.workers()) + " synthesis slot(s) and " +
                            std::to_string(m_options.maxQueue) + " queue place(s) taken); try again later");

  const auto clientLeft = [client = state->client.get()] { return client->gone(); };
  if (!job.streaming) {
    // Nobody to answer once the client left: the slot is freed on return, and
    // the status is only for the log.
    if (state->slot->acquireWorker(clientLeft) < 0) {
      logClientLeft(req.remote_addr, std::nullopt);
      res.status = 499;
      return;
    }
    std::vector<int16_t> pcm;
    int rate = 32000;
    GptStepCounter steps;
    try {
      const auto models = m_pool.models();
      const pipeline::Synthesizer synthesizer(*models, state->cache, m_dictionary.get());
      const pipeline::SynthesisResult result = synthesizer.synthesize(r, std::ref(steps), clientLeft);
      pcm = pipeline::Synthesizer::toInt16(result.audio);
      rate = result.sampleRateHz;
    } catch (const Error& e) {
      if (e.code() != ErrorCode::Cancelled) throw ttsFailed(e);
      logClientLeft(req.remote_addr, steps.steps());
      res.status = 499;
      return;
    } catch (const std::exception& e) {
      throw ttsFailed(e);
    }
    state.reset();  // free the worker before encoding and sending
    std::string body;
    try {
      body = encodeWhole(pcm, rate, job.mediaType);
    } catch (const std::exception& e) {
      throw ttsFailed(e);
    }
    res.status = 200;
    res.set_content(body, contentType(job.mediaType));
    return;
  }

  // Streaming: one chunk per text piece (mode 1) or per token chunk (modes 2
  // and 3) as soon as it is final.
  // Errors after this point can only cut the stream (the status is sent).
  r.parallelDecode = false;
  state->request = std::move(r);
  res.status = 200;
  res.set_chunked_content_provider(contentType(job.mediaType), [this, state](size_t, httplib::DataSink& sink) {
    bool clientGone = false;
    GptStepCounter steps;
    try {
      // Waits for a free synthesis slot, unless the client leaves meanwhile.
      if (state->slot->acquireWorker([&] { return state->client->gone() || !sink.is_writable(); }) < 0) {
        logClientLeft(state->clientAddress, std::nullopt);
        return false;
      }
      const auto modelsHeld = m_pool.models();
      const pipeline::VoiceModels& models = *modelsHeld;
      const int rate = models.sovits().samplingRateHz();
      if (state->mediaType == MediaType::Wav) {
        const std::string header = wavStreamHeader(rate);
        if (!sink.write(header.data(), header.size())) clientGone = true;
      }
      if (clientGone || state->client->gone()) {
        logClientLeft(state->clientAddress, 0);
        return false;
      }
      const pipeline::Synthesizer synthesizer(models, state->cache, m_dictionary.get());
      const auto cancelled = [&] {
        if (!clientGone && (state->client->gone() || !sink.is_writable())) clientGone = true;
        return clientGone;
      };
      synthesizer.synthesize(state->request, std::ref(steps), cancelled, [&](int, int, const at::Tensor& audio) {
        const std::string chunk = encodeChunk(pipeline::Synthesizer::toInt16(audio), rate, state->mediaType);
        if (!clientGone && !sink.write(chunk.data(), chunk.size())) clientGone = true;
      });
      if (clientGone) {
        logClientLeft(state->clientAddress, steps.steps());
        return false;
      }
      sink.done();
      return true;
    } catch (const std::exception& e) {
      if (clientGone) logClientLeft(state->clientAddress, steps.steps());
      else std::fprintf(stderr, "timbre-cli serve: streamed synthesis failed: %s\n", e.what());
      return false;  // closes the connection: the client sees a cut-off stream
    }
  });
}

void ApiServer::logClientLeft(const std::string& address, std::optional<int> gptSteps) const {
  if (m_options.quiet) return;
  if (gptSteps)
    std::fprintf(stderr, "timbre-cli serve: %s closed the connection; its synthesis was stopped after %d GPT steps\n",
                 address.c_str(), *gptSteps);
  else
    std::fprintf(stderr, "timbre-cli serve: %s closed the connection while it waited for a synthesis slot; "
                 "its request was dropped\n", address.c_str());
}

void ApiServer::handleLegacy(const httplib::Request& req, httplib::Response& res, bool post) {
  try {
    json fields = post ? fieldsFromBody(req) : fieldsFromParams(req.params);
    applyVoicePrompt(fields, "refer_wav_path", "prompt_text", "prompt_language");
    LegacyReference fallback;
    {
      std::lock_guard lock(m_legacyMutex);
      fallback = m_legacyReference;
    }
    const TtsRequestParser parser(m_options.maxTextBytes, m_pool.usesV1Phones());
    TtsJob job = parser.parseLegacy(fields, fallback);
    synthesize(req, std::move(job), {}, {}, res);
  } catch (const ApiError& e) {
    sendError(res, e, true);
  }
}

void ApiServer::handleChangeRefer(const httplib::Request& req, httplib::Response& res, bool post) {
  try {
    const json fields = post ? fieldsFromBody(req) : fieldsFromParams(req.params);
    LegacyReference ref;
    ref.path = fields.value("refer_wav_path", std::string());
    ref.promptText = fields.value("prompt_text", std::string());
    ref.promptLang = fields.value("prompt_language", std::string("zh"));
    if (const auto voice = voiceNamed(ref.path, "refer_wav_path")) {
      if (ref.promptText.empty()) ref.promptText = voice->promptText;
      if (!fields.contains("prompt_language")) ref.promptLang = voice->promptLang;
    } else {
      referencePath(ref.path, "refer_wav_path");
    }
    const TtsRequestParser parser(m_options.maxTextBytes, m_pool.usesV1Phones());
    // The language check of the legacy endpoint, on a dummy text.
    json probe = {{"refer_wav_path", ref.path}, {"prompt_language", ref.promptLang}, {"text", "."}};
    ref.promptLang = parser.parseLegacy(probe, {}).request.promptLang;
    std::lock_guard lock(m_legacyMutex);
    m_legacyReference = ref;
    sendJson(res, 200, {{"code", 0}, {"message", "Success"}});
  } catch (const json::exception&) {
    sendError(res, ApiError(400, "refer_wav_path, prompt_text and prompt_language must be strings"), true);
  } catch (const ApiError& e) {
    sendError(res, e, true);
  }
}

void ApiServer::handleSetReferAudio(const httplib::Request& req, httplib::Response& res) {
  try {
    const std::string given = param(req, "refer_audio_path");
    if (given.empty()) throw ApiError(400, "refer_audio_path is required");
    const auto voice = voiceNamed(given, "refer_audio_path");
    const std::string path = voice ? voice->referenceClip : referencePath(given, "refer_audio_path");
    auto slot = m_queue.tryAdmit();
    if (!slot) throw ApiError(429, "the server is busy; try again later");
    const ClientConnection client(req.local_addr, req.local_port, req.remote_addr, req.remote_port);
    if (slot->acquireWorker([&] { return client.gone(); }) < 0) {  // waits for a free synthesis slot
      logClientLeft(req.remote_addr, std::nullopt);
      res.status = 499;
      return;
    }
    try {
      // Encoding it fills the reference cache, so the next /tts with it is quick.
      pipeline::ReferenceEncoder(*m_pool.models(), voice ? &voiceCache(*voice) : &m_pool.cache()).encodeFile(path);
    } catch (const std::exception& e) {
      throw ApiError(400, "set refer audio failed", e.what());
    }
    {
      std::lock_guard lock(m_legacyMutex);
      m_legacyReference = voice ? LegacyReference{given, voice->promptText, voice->promptLang}
                                : LegacyReference{given, {}, "zh"};
    }
    sendJson(res, 200, {{"message", "success"}});
  } catch (const ApiError& e) {
    sendError(res, e);
  }
}

void ApiServer::handleSetWeights(const httplib::Request& req, httplib::Response& res, bool gpt) {
  const std::string kind = gpt ? "gpt" : "sovits";
  try {
    const std::string given = param(req, "weights_path");
    if (given.empty()) throw ApiError(400, kind + " weight path is required");
    const std::string path = m_weightGuard.resolve(given, "weights_path");
    pipeline::ModelPaths paths = m_pool.paths();
    (gpt ? paths.gpt : paths.sovits) = path;
    try {
      m_pool.reload(paths);
    } catch (const std::exception& e) {
      throw ApiError(400, "change " + kind + " weight failed", e.what());
    }
    sendJson(res, 200, {{"message", "success"}});
  } catch (const ApiError& e) {
    sendError(res, e);
  }
}

void ApiServer::handleSetModel(const httplib::Request& req, httplib::Response& res, bool post) {
  // api.py's /set_model: either or both weight files, inside the model folder.
  try {
    const json fields = post ? fieldsFromBody(req) : fieldsFromParams(req.params);
    const std::string gpt = fields.value("gpt_model_path", std::string());
    const std::string sovits = fields.value("sovits_model_path", std::string());
    if (gpt.empty() && sovits.empty()) throw ApiError(400, "gpt_model_path or sovits_model_path is required");
    pipeline::ModelPaths paths = m_pool.paths();
    if (!gpt.empty()) paths.gpt = m_weightGuard.resolve(gpt, "gpt_model_path");
    if (!sovits.empty()) paths.sovits = m_weightGuard.resolve(sovits, "sovits_model_path");
    try {
      m_pool.reload(paths);
    } catch (const std::exception& e) {
      throw ApiError(400, "set model failed", e.what());
    }
    sendJson(res, 200, {{"code", 0}, {"message", "Success"}});
  } catch (const json::exception&) {
    sendError(res, ApiError(400, "gpt_model_path and sovits_model_path must be strings"), true);
  } catch (const ApiError& e) {
    sendError(res, e, true);
  }
}

void ApiServer::handleControl(const httplib::Request& req, httplib::Response& res) {
  const std::string command = param(req, "command");
  if (command.empty()) return sendError(res, ApiError(400, "command is required"));
  if (command != "restart" && command != "exit")
    return sendError(res, ApiError(400, "command: " + command + " is not supported (use restart or exit)"));
  sendJson(res, 200, {{"message", command == "exit" ? "exiting" : "restarting"}});
  finish(command == "exit" ? Outcome::Exit : Outcome::Restart);
}

void ApiServer::finish(Outcome outcome) {
  m_outcome = outcome;
  // Stop from another thread, a moment later, so this answer still goes out.
  std::lock_guard lock(m_legacyMutex);
  if (m_stopper.joinable()) return;  // already on its way out
  m_stopper = std::thread([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    stop();
  });
}

void ApiServer::stop() { m_server->stop(); }

std::optional<library::Voice> ApiServer::voiceNamed(const std::string& value, const std::string& field) const {
  // Only a valid name is looked up: "../x", "a/b" never reach the library.
  if (!library::VoiceLibrary::isValidName(value)) return std::nullopt;
  try {
    if (!m_voices.find(value)) return std::nullopt;
    return m_voices.resolve(value);
  } catch (const Error& e) {
    throw ApiError(400, field + ": the saved voice '" + value + "' cannot be used: " + e.what());
  }
}

std::string ApiServer::referencePath(const std::string& value, const std::string& field) const {
  if (const auto voice = voiceNamed(value, field)) return voice->referenceClip;
  try {
    return m_refGuard.resolve(value, field);
  } catch (const ApiError& e) {
    if (e.status != 404 || !looksLikeVoiceName(value)) throw;
    throw ApiError(400, field + ": no saved voice is named '" + value +
                            "' in the server's voice library and no such file is in the --ref-dir folders");
  }
}

void ApiServer::applyVoicePrompt(json& fields, const char* refField, const char* textField,
                                 const char* langField) const {
  const auto it = fields.find(refField);
  if (it == fields.end() || !it->is_string()) return;
  const auto voice = voiceNamed(it->get<std::string>(), refField);
  if (!voice) return;
  // An empty prompt_text means "the voice's": a voice without a transcript stays reference-free.
  if (isEmptyField(fields, textField)) fields[textField] = voice->promptText;
  if (isEmptyField(fields, langField)) fields[langField] = voice->promptLang;
}

pipeline::ReferenceCache& ApiServer::voiceCache(const library::Voice& voice) {
  std::lock_guard lock(m_voiceCacheMutex);
  auto& cache = m_voiceCaches[voice.folder];
  // Writes into the voice's features folder (a read-only library only makes it slower).
  if (!cache) cache = std::make_unique<pipeline::ReferenceCache>(library::VoiceLibrary::featuresFolder(voice), 4);
  return *cache;
}

ApiServer::Outcome ApiServer::run() {
  bind();
  return listen();
}

int ApiServer::bind() {
  int port = m_options.port;
  if (port == 0) {
    port = m_server->bind_to_any_port(m_options.host);
    if (port <= 0) throw Error(ErrorCode::Io, "cannot bind to " + m_options.host + " (any port)");
  } else if (!m_server->bind_to_port(m_options.host, port)) {
    throw Error(ErrorCode::Io, "cannot bind to " + m_options.host + ":" + std::to_string(port) +
                                   " (in use, or not an address of this machine)");
  }
  const bool v6 = m_options.host.find(':') != std::string::npos;
  std::cerr << "timbre-cli serve: listening on http://" << (v6 ? "[" : "") << m_options.host << (v6 ? "]" : "") << ":"
            << port << std::endl;
  m_port = port;
  return port;
}

ApiServer::Outcome ApiServer::listen() {
  m_server->listen_after_bind();
  std::lock_guard lock(m_legacyMutex);
  if (m_stopper.joinable()) m_stopper.join();
  return m_outcome.load();
}

}  // namespace timbre::serve
