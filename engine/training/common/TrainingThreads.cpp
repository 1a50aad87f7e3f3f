#include "training/common/TrainingThreads.h"

namespace timbre::training {

TrainingThreadsScope::TrainingThreadsScope(TrainerKind trainer, const c10::Device& device) {
  if (!device.is_cpu()) return;
  m_scope.emplace(trainer == TrainerKind::Sovits ? ComputeKind::Convolution : ComputeKind::MatrixVector);
}

}  // namespace timbre::training
