// Command-line arguments: options with values, flags and positional words, with plain error messages.
#pragma once

#include "helpdesk/core/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer::Helpdesk {

class Arguments {
public:
    Arguments(int argc, char** argv);

    // The value after `--name`, or after `--name=`; consumed.
    std::optional<std::string> option(const std::string& name);
    // Whether `--name` was given; consumed.
    bool flag(const std::string& name);
    ErrorOr<std::optional<long long>> number(const std::string& name, long long minimum, long long maximum);
    // What is left that does not start with "--", in order; consumed.
    std::vector<std::string> positional();
    // An error naming the first argument nobody consumed, if any.
    ErrorOr<void> check_all_used() const;

private:
    std::vector<std::string> m_words;
    std::vector<bool> m_used;
};

}
