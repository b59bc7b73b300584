// libFuzzer's entry point for programs with a main of their own (compiler-rt's FuzzerInterface.h). The
// definition is linked in by `-sanitize=fuzzer`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
