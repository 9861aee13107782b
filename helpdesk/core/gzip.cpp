// zlib's inflate, fed in one piece and drained in blocks until the limit.
#include "gzip.hpp"

#include <zlib.h>

namespace Foyer::Helpdesk {

Inflated inflate_limited(std::string_view compressed, size_t limit)
{
    Inflated out;
    z_stream stream {};
    // 15 window bits + 32: detect gzip or zlib headers automatically.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    char block[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(block);
        stream.avail_out = sizeof block;
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        size_t produced = sizeof block - stream.avail_out;
        if (out.data.size() + produced > limit) {
            out.status = InflateStatus::TooLarge;
            inflateEnd(&stream);
            out.data.clear();
            return out;
        }
        out.data.append(block, produced);
        if (result == Z_OK && produced == 0 && stream.avail_in == 0)
            break;
    }
    // Only a complete stream with nothing after it is accepted.
    out.status = result == Z_STREAM_END && stream.avail_in == 0 ? InflateStatus::Ok : InflateStatus::Corrupt;
    if (out.status != InflateStatus::Ok)
        out.data.clear();
    inflateEnd(&stream);
    return out;
}

}
