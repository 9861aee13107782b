// What every section of make bench shares: the quick mode and the statistics of a series of timings.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Foyer::Bench {

// BENCH_QUICK=1: one round of each measurement, to see that the bench still runs.
inline bool quick()
{
    const char* value = std::getenv("BENCH_QUICK");
    return value && *value && *value != '0';
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

}
