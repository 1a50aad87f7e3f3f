#pragma once
// A request the API refuses: the HTTP status and the {"message": ...} body
// (plus "Exception" for a failed synthesis, as api_v2 answers).
#include <stdexcept>
#include <string>

namespace timbre::serve {

struct ApiError : std::runtime_error {
  ApiError(int status, std::string message, std::string exception = {})
      : std::runtime_error(message), status(status), message(std::move(message)), exception(std::move(exception)) {}
  int status;
  std::string message;
  std::string exception;  // empty: no "Exception" field
};

}  // namespace timbre::serve
