#ifndef HOLOSWIFT_CSODIUM_SHIM_H
#define HOLOSWIFT_CSODIUM_SHIM_H
#include <sodium.h>
#endif
