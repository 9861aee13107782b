// Parsing multipart bodies: delimiters, part headers and the Content-Disposition parameters.
#include "multipart.hpp"

#include <algorithm>
#include <cctype>

namespace Foyer::Helpdesk {

namespace {

std::string lowercase(std::string_view text)
{
    std::string out(text);
    std::transform(
        out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// "form-data; name=\"report\"; filename=\"a.json\"" → the parameter's value, unquoted.
std::optional<std::string> header_parameter(std::string_view header, std::string_view wanted)
{
    size_t at = header.find(';');
    while (at != std::string_view::npos && at < header.size()) {
        ++at;
        while (at < header.size() && (header[at] == ' ' || header[at] == '\t'))
            ++at;
        size_t equals = header.find('=', at);
        if (equals == std::string_view::npos)
            return std::nullopt;
        auto key = lowercase(trim(header.substr(at, equals - at)));
        std::string value;
        at = equals + 1;
        if (at < header.size() && header[at] == '"') {
            ++at;
            while (at < header.size() && header[at] != '"') {
                if (header[at] == '\\' && at + 1 < header.size())
                    ++at;
                value += header[at++];
            }
            if (at >= header.size())
                return std::nullopt;
            ++at;
        } else {
            size_t end = std::min(header.find(';', at), header.size());
            value = std::string(trim(header.substr(at, end - at)));
            at = end;
        }
        if (key == wanted)
            return value;
        at = header.find(';', at);
    }
    return std::nullopt;
}

ErrorOr<MultipartPart> read_part_headers(std::string_view block)
{
    MultipartPart part;
    bool has_disposition = false;
    size_t at = 0;
    while (at < block.size()) {
        size_t end = block.find("\r\n", at);
        if (end == std::string_view::npos)
            end = block.size();
        auto line = block.substr(at, end - at);
        at = end + 2;
        if (line.empty())
            continue;
        size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            return Error::invalid("A part of the upload has a header line without a colon.");
        auto name = lowercase(trim(line.substr(0, colon)));
        auto value = trim(line.substr(colon + 1));
        if (name == "content-disposition") {
            if (lowercase(trim(value.substr(0, value.find(';')))) != "form-data")
                return Error::invalid("Each part of the upload must be form-data.");
            auto part_name = header_parameter(value, "name");
            if (!part_name)
                return Error::invalid("A part of the upload has no name.");
            part.name = *part_name;
            part.filename = header_parameter(value, "filename").value_or("");
            has_disposition = true;
        } else if (name == "content-type") {
            part.content_type = lowercase(value);
        }
    }
    if (!has_disposition)
        return Error::invalid("A part of the upload has no Content-Disposition header.");
    return part;
}

}

std::optional<std::string> multipart_boundary(std::string_view content_type)
{
    auto media_type = lowercase(trim(content_type.substr(0, content_type.find(';'))));
    if (media_type != "multipart/form-data")
        return std::nullopt;
    auto boundary = header_parameter(content_type, "boundary");
    // RFC 2046: 1 to 70 characters.
    if (!boundary || boundary->empty() || boundary->size() > 70)
        return std::nullopt;
    return boundary;
}

ErrorOr<std::vector<MultipartPart>> parse_multipart(std::string_view body, std::string_view boundary)
{
    std::string delimiter = "--" + std::string(boundary);
    std::string next_delimiter = "\r\n" + delimiter;
    size_t at;
    if (body.substr(0, delimiter.size()) == delimiter) {
        at = delimiter.size();
    } else {
        auto found = body.find(next_delimiter);
        if (found == std::string_view::npos)
            return Error::invalid("The upload is not multipart/form-data: its boundary never appears.");
        at = found + next_delimiter.size();
    }

    std::vector<MultipartPart> parts;
    while (true) {
        if (body.substr(at, 2) == "--")
            return parts;
        while (at < body.size() && (body[at] == ' ' || body[at] == '\t'))
            ++at;
        if (body.substr(at, 2) != "\r\n")
            return Error::invalid("The upload is malformed after a boundary line.");
        at += 2;
        if (parts.size() == max_multipart_parts)
            return Error::invalid("The upload has too many parts.");

        size_t headers_end;
        if (body.substr(at, 2) == "\r\n") {
            headers_end = at;
        } else {
            headers_end = body.find("\r\n\r\n", at);
            if (headers_end == std::string_view::npos || headers_end - at > max_multipart_header_bytes)
                return Error::invalid("A part of the upload has no end to its headers.");
        }
        auto part = read_part_headers(body.substr(at, headers_end - at));
        if (part.is_error())
            return part.error();
        size_t content_start = headers_end + (headers_end == at ? 2 : 4);
        size_t content_end = body.find(next_delimiter, content_start);
        if (content_end == std::string_view::npos)
            return Error::invalid("The upload is cut short: a part has no closing boundary.");
        auto value = part.release_value();
        value.content = body.substr(content_start, content_end - content_start);
        parts.push_back(std::move(value));
        at = content_end + next_delimiter.size();
    }
}

}
