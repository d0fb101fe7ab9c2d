// The test runner's main(). Written out (rather than CATCH_CONFIG_MAIN, which
// Catch2 v3 no longer honours) so that v2 and v3 build it alike.
#define CATCH_CONFIG_RUNNER  // Catch2 v2: this file supplies main()
#include "catch_compat.h"

int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
