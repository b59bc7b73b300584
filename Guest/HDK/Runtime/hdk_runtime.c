// The C library a guest zome links instead of libc: a heap over wasm linear memory and the handful of
// symbols Embedded Swift and clang expect (`posix_memalign`, `free`, `memcpy`, …).
//
// Compiled with `clang --target=wasm32-unknown-unknown -ffreestanding -mbulk-memory -Os` by
// scripts/build-guests.sh. Single-threaded, like every wasm guest.
//
// The heap: every block is a 16-byte header followed by a 16-byte-aligned payload whose capacity is one of
// ~108 size classes (16, 32, 48, 64, then four steps per power of two: 80, 96, 112, 128, 160, …), so no
// block wastes more than a quarter of its size. Freed blocks go on a free list per class and are reused
// first; a freed block at the top of the heap lowers the top instead. New blocks come from the top, which
// grows linear memory (`memory.grow`) when it must. When memory cannot grow, or a pointer passed to
// `free` is not a live block, the guest traps (`unreachable`): it never returns NULL and never writes
// outside a block it owns.

#include <stddef.h>
#include <stdint.h>

#define PAGE_SIZE 65536u
#define HEADER_SIZE 16u
#define CLASS_COUNT 108u
/// The largest request served: anything above cannot fit a 4 GiB memory next to the header anyway.
#define MAX_REQUEST 0x80000000u

#define MAGIC_USED 0x55534544u    // "USED"
#define MAGIC_FREE 0x46524545u    // "FREE"
#define MAGIC_ALIGNED 0x414c4744u // "ALGD": a header inside a block, pointing back to its payload

typedef struct BlockHeader {
  uint32_t capacity; // payload bytes (a class capacity)
  uint32_t magic;
  uint32_t back;     // MAGIC_ALIGNED only: the payload of the block that holds this aligned pointer
  uint32_t next;     // MAGIC_FREE only: the header of the next free block of the same class, or 0
} BlockHeader;

_Static_assert(sizeof(BlockHeader) == HEADER_SIZE, "header must keep payloads 16-byte aligned");

/// Defined by wasm-ld: the first byte after static data and the stack.
extern unsigned char __heap_base;

static uint32_t heap_start;      // 0 until the first allocation
static uint32_t heap_top;        // the end of the last block
static uint32_t heap_high_water; // the highest heap_top ever reached
static uint32_t bytes_in_use;    // payload capacity of live blocks
static uint32_t blocks_in_use;
static uint32_t free_lists[CLASS_COUNT];

__attribute__((noreturn)) static void trap(void) { __builtin_trap(); }

/// The class of a request of `size` bytes, and the capacity blocks of that class have.
static uint32_t class_of(uint32_t size, uint32_t *capacity) {
  if (size <= 64) {
    uint32_t rounded = size <= 16 ? 16 : (size + 15) & ~15u;
    *capacity = rounded;
    return rounded / 16 - 1; // 0…3
  }
  uint32_t k = 31 - (uint32_t)__builtin_clz(size - 1); // 2^k < size <= 2^(k+1), k >= 6
  uint32_t shift = k - 2;                               // four steps of 2^(k-2)
  uint32_t power = 1u << k;
  uint32_t steps = (size - power + (1u << shift) - 1) >> shift; // 1…4
  *capacity = power + (steps << shift);
  return 3 + (k - 6) * 4 + steps;
}

static void initialize(void) {
  heap_start = ((uint32_t)(uintptr_t)&__heap_base + 15u) & ~15u;
  heap_top = heap_start;
  heap_high_water = heap_start;
}

/// Makes linear memory at least `end` bytes long, or traps.
static void reserve(uint64_t end) {
  uint64_t size = (uint64_t)__builtin_wasm_memory_size(0) * PAGE_SIZE;
  if (end <= size) return;
  if (end > 0x100000000ull) trap();
  size_t pages = (size_t)((end - size + PAGE_SIZE - 1) / PAGE_SIZE);
  if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) trap();
}

static void *allocate(size_t size) {
  if (size > MAX_REQUEST) trap();
  if (heap_start == 0) initialize();
  uint32_t capacity;
  uint32_t index = class_of((uint32_t)size, &capacity);
  BlockHeader *header;
  if (free_lists[index] != 0) {
    header = (BlockHeader *)(uintptr_t)free_lists[index];
    if (header->magic != MAGIC_FREE || header->capacity != capacity) trap();
    free_lists[index] = header->next;
  } else {
    uint64_t end = (uint64_t)heap_top + HEADER_SIZE + capacity;
    reserve(end);
    header = (BlockHeader *)(uintptr_t)heap_top;
    header->capacity = capacity;
    heap_top = (uint32_t)end;
    if (heap_top > heap_high_water) heap_high_water = heap_top;
  }
  header->magic = MAGIC_USED;
  header->back = 0;
  header->next = 0;
  bytes_in_use += capacity;
  blocks_in_use += 1;
  return (unsigned char *)header + HEADER_SIZE;
}

/// The header of the block that owns `pointer` (following an aligned pointer back), or a trap.
static BlockHeader *owner(void *pointer) {
  uint32_t address = (uint32_t)(uintptr_t)pointer;
  if (heap_start == 0 || (address & 15u) != 0 || address < heap_start + HEADER_SIZE || address >= heap_top) trap();
  BlockHeader *header = (BlockHeader *)(uintptr_t)(address - HEADER_SIZE);
  if (header->magic == MAGIC_ALIGNED) {
    address = header->back;
    if ((address & 15u) != 0 || address < heap_start + HEADER_SIZE || address >= heap_top) trap();
    header = (BlockHeader *)(uintptr_t)(address - HEADER_SIZE);
  }
  if (header->magic != MAGIC_USED) trap(); // a double free or a pointer the heap never handed out
  return header;
}

/// Bytes usable at `pointer` (less than the block's capacity for an over-aligned pointer).
static uint32_t usable_size(void *pointer, BlockHeader *header) {
  uint32_t payload = (uint32_t)(uintptr_t)header + HEADER_SIZE;
  return header->capacity - ((uint32_t)(uintptr_t)pointer - payload);
}

void *malloc(size_t size) { return allocate(size); }

void free(void *pointer) {
  if (pointer == NULL) return;
  BlockHeader *header = owner(pointer);
  BlockHeader *redirect = (BlockHeader *)((unsigned char *)pointer - HEADER_SIZE);
  if (redirect != header) redirect->magic = 0; // an over-aligned pointer: retire its redirect header
  uint32_t capacity = header->capacity;
  bytes_in_use -= capacity;
  blocks_in_use -= 1;
  uint32_t address = (uint32_t)(uintptr_t)header;
  if (address + HEADER_SIZE + capacity == heap_top) {
    header->magic = 0;
    heap_top = address;
    return;
  }
  uint32_t ignored;
  uint32_t index = class_of(capacity, &ignored);
  header->magic = MAGIC_FREE;
  header->next = free_lists[index];
  free_lists[index] = address;
}

int posix_memalign(void **result, size_t alignment, size_t size) {
  if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return 22; // EINVAL
  if (alignment <= HEADER_SIZE) {
    *result = allocate(size);
    return 0;
  }
  if ((uint64_t)size + alignment > MAX_REQUEST) trap();
  unsigned char *payload = allocate(size + alignment);
  uint32_t address = ((uint32_t)(uintptr_t)payload + (uint32_t)alignment - 1) & ~((uint32_t)alignment - 1);
  if (address != (uint32_t)(uintptr_t)payload) {
    // At least 16 bytes past the payload start (both are 16-aligned), so the redirect header fits inside.
    BlockHeader *redirect = (BlockHeader *)(uintptr_t)(address - HEADER_SIZE);
    redirect->capacity = 0;
    redirect->magic = MAGIC_ALIGNED;
    redirect->back = (uint32_t)(uintptr_t)payload;
    redirect->next = 0;
  }
  *result = (void *)(uintptr_t)address;
  return 0;
}

void *aligned_alloc(size_t alignment, size_t size) {
  void *result = NULL;
  if (posix_memalign(&result, alignment, size) != 0) trap();
  return result;
}

void *calloc(size_t count, size_t size) {
  uint64_t total = (uint64_t)count * size;
  if (total > MAX_REQUEST) trap();
  void *pointer = allocate((size_t)total);
  __builtin_memset(pointer, 0, (size_t)total);
  return pointer;
}

void *realloc(void *pointer, size_t size) {
  if (pointer == NULL) return allocate(size);
  BlockHeader *header = owner(pointer);
  uint32_t usable = usable_size(pointer, header);
  if (size <= usable) return pointer;
  void *moved = allocate(size);
  __builtin_memcpy(moved, pointer, usable);
  free(pointer);
  return moved;
}

/// `malloc` and `free` under names Swift may reference (it reserves the libc names for its runtime).
void *hdk_malloc(size_t size) { return allocate(size); }
void hdk_free(void *pointer) { free(pointer); }

/// Heap figures for tests and diagnostics (see `HeapStatistics` in HDK).
void hdk_heap_statistics(uint32_t *out) {
  if (heap_start == 0) initialize();
  out[0] = heap_start;
  out[1] = heap_top;
  out[2] = heap_high_water;
  out[3] = bytes_in_use;
  out[4] = blocks_in_use;
  out[5] = (uint32_t)(__builtin_wasm_memory_size(0) * PAGE_SIZE);
}

// MARK: - Memory and string functions
// With bulk memory these compile to `memory.copy` / `memory.fill`; -ffreestanding keeps clang from turning
// the loops below back into calls to themselves.

void *memcpy(void *restrict destination, const void *restrict source, size_t count) {
  __builtin_memcpy(destination, source, count);
  return destination;
}

void *memmove(void *destination, const void *source, size_t count) {
  __builtin_memmove(destination, source, count);
  return destination;
}

void *memset(void *destination, int value, size_t count) {
  __builtin_memset(destination, value, count);
  return destination;
}

int memcmp(const void *left, const void *right, size_t count) {
  const unsigned char *a = left, *b = right;
  for (size_t i = 0; i < count; i++) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int bcmp(const void *left, const void *right, size_t count) { return memcmp(left, right, count); }

size_t strlen(const char *text) {
  size_t length = 0;
  while (text[length] != 0) length++;
  return length;
}

// MARK: - Randomness for hash seeds
// Embedded Swift seeds `Hasher` (and `SystemRandomNumberGenerator`) from `arc4random_buf`. Guests fill it
// from a fixed SplitMix64 sequence on purpose, so hash values are the same on every run and every agent.
// It is NOT randomness: zomes that need random bytes call the `random_bytes` host function
// (`randomBytes(_:)` in HDK). Note that Dictionary and Set iteration order still depends on where their
// storage sits in the heap (Embedded Swift also seeds each table with its address), so results that must
// be deterministic, such as validation outcomes, must not depend on that order.

static uint64_t seed_state = 0x486f6c6f73776966ull; // "Holoswif"

void arc4random_buf(void *buffer, size_t count) {
  unsigned char *bytes = buffer;
  while (count > 0) {
    uint64_t z = (seed_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    for (int i = 0; i < 8 && count > 0; i++, count--) {
      *bytes++ = (unsigned char)z;
      z >>= 8;
    }
  }
}
