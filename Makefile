# The README's commands. A thin layer over CMake: each target first installs what is missing (Debian 12).
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all configure run test bench fuzz screenshots package deps-build deps-run deps-test deps-package clean

all: configure
	cmake --build $(BUILD) -j $(JOBS)

configure: deps-build
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

deps-build:
	@installer/install-deps.sh build helpdesk-build
deps-run:
	@installer/install-deps.sh build helpdesk-build run
deps-test:
	@installer/install-deps.sh build helpdesk-build run test helpdesk-test package
	@if [ "$${CI:-}" = true ]; then installer/install-deps.sh nonfree/voices; fi
deps-package:
	@installer/install-deps.sh build helpdesk-build package

# Build and start Foyer on its built-in defaults (or on ~/.config/foyer/foyer.toml when it exists).
run: deps-run all
	$(BUILD)/bin/foyer $(ARGS)

# Every test: unit tests of the logic, the real program under a real X server (Xvfb), and the Debian
# packages built, installed, run and removed again (installer/test-packages.sh, as root). Tests that could
# not run are named at the end; with CI=true they fail the run (tests/tools/ctest-run.sh).
test: deps-test all
	tests/tools/ctest-run.sh $(BUILD) --output-on-failure --timeout 600 -j $(JOBS)

# Performance figures, as ratios against baselines measured in the same run.
bench: deps-test all
	$(BUILD)/bin/foyer-bench
	$(BUILD)/bin/helpdesk-bench
	$(BUILD)/bin/email-bench

# Screenshots of every screen, both languages, both sizes, into docs/screenshots/; and the reference
# pictures of the golden screens test, into tests/golden/ (review their diff like code).
screenshots: deps-test all
	tests/tools/screenshots.sh $(BUILD)/bin/foyer docs/screenshots
	FOYER_UPDATE_GOLDEN=1 $(BUILD)/bin/integration_tests --gtest_filter='GoldenScreens.*'

# The Debian packages foyer_*.deb and foyer-helpdesk_*.deb, into $(BUILD)/packages/.
package: deps-package all
	installer/build-packages.sh $(BUILD) $(BUILD)/packages

# libFuzzer targets for every parser, built with clang in their own tree.
fuzz: deps-test
	@installer/install-deps.sh fuzz
	@test -f $(BUILD)-fuzz/CMakeCache.txt || CC=clang CXX=clang++ cmake -S . -B $(BUILD)-fuzz \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOYER_FUZZ=ON
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzzers
	tests/tools/run-fuzzers.sh $(BUILD)-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
