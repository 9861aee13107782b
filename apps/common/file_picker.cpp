// The picker's grid: as many large cells as the screen allows, the paging buttons in words or arrows.
#include "file_picker.hpp"

#include "../../shell/core/i18n/translate.hpp"

#include <algorithm>
#include <cmath>

namespace Foyer {

PickerLayout layout_picker(const Ui& ui, const Rect& area)
{
    auto& m = ui.metrics();
    PickerLayout layout;
    Rect rest = area;
    Rect bar = rest.take_bottom(m.button_height);
    rest.take_bottom(m.gap);

    // Three columns on a landscape screen, two on a squarer or portrait one; as many rows as keep each
    // thumbnail about as tall as three fifths of its width.
    size_t columns = rest.width >= rest.height * 1.3f ? 3 : 2;
    float cell_w = (rest.width - float(columns - 1) * m.gap) / float(columns);
    size_t rows = size_t(std::clamp(std::floor((rest.height + m.gap) / (cell_w * 0.6f + m.gap)), 1.f, 3.f));
    float cell_h = (rest.height - float(rows - 1) * m.gap) / float(rows);
    for (size_t row = 0; row < rows; ++row)
        for (size_t column = 0; column < columns; ++column)
            layout.cells.push_back({ rest.x + float(column) * (cell_w + m.gap), rest.y + float(row) * (cell_h + m.gap), cell_w, cell_h });

    auto back_w = ui.button_width(Icon::Back, tr("Back"));
    auto previous_w = ui.button_width(Icon::Previous, tr("Previous"));
    auto next_w = ui.button_width(Icon::Next, tr("Next"));
    // "Previous page" and "Next page" in words when they fit beside Back, else as big arrows (their
    // words are still spoken when the keyboard rests on them).
    layout.arrows_only = back_w + previous_w + next_w + 2 * m.gap > bar.width;
    if (layout.arrows_only)
        previous_w = next_w = m.button_height * 1.5f;
    layout.back = { bar.x, bar.y, back_w, bar.height };
    layout.next = { bar.right() - next_w, bar.y, next_w, bar.height };
    layout.previous = { layout.next.x - m.gap - previous_w, bar.y, previous_w, bar.height };
    layout.page_text = { layout.back.right() + m.gap, bar.y, std::max(0.f, layout.previous.x - layout.back.right() - 2 * m.gap), bar.height };
    // A thumbnail needs room for its picture above a two-line caption.
    float caption_h = 2 * m.font(FontRole::Body) * 1.2f;
    layout.fits = layout.previous.x >= layout.back.right() + m.gap - 0.5f && cell_h - m.gap - caption_h >= m.font(FontRole::Icon) / 2;
    return layout;
}

std::string picker_page_text(FileChoice choice, size_t first, size_t last, size_t total)
{
    FormatArgs args { { "first", std::to_string(first) }, { "last", std::to_string(last) }, { "total", std::to_string(total) } };
    if (first == last)
        return format(choice == FileChoice::Photos ? tr("Photo {first} of {total}") : tr("Document {first} of {total}"), args);
    return format(choice == FileChoice::Photos ? tr("Photos {first} to {last} of {total}") : tr("Documents {first} to {last} of {total}"), args);
}

std::string picker_caption(FileChoice choice, const PrintableFile& file, Date today)
{
    return choice == FileChoice::Photos ? file_date_text(file.modified, today) : file.name;
}

FilePicker::FilePicker(Services& services, FileSource source, FileChoice choice, std::string id_prefix)
    : m_services(services)
    , m_source(std::move(source))
    , m_choice(choice)
    , m_prefix(std::move(id_prefix))
{
    m_source.find(choice, m_lifetime.guard([this](std::vector<PrintableFile> files) {
        m_files = std::move(files);
        if (m_files->empty()) {
            m_services.say_next(empty_text());
            return;
        }
        long count = long(m_files->size());
        m_services.say_next(format(m_choice == FileChoice::Photos ? trn("{count} photo, the newest first.", "{count} photos, the newest first.", count)
                                                                  : trn("{count} document, the newest first.", "{count} documents, the newest first.", count),
            { { "count", std::to_string(count) } }));
    }));
}

FilePicker::~FilePicker()
{
    for (auto& [index, thumbnail] : m_thumbnails)
        if (thumbnail.image != no_image)
            m_services.images().remove(thumbnail.image);
}

std::string FilePicker::title() const
{
    return m_choice == FileChoice::Photos ? tr("Choose a photo") : tr("Choose a document");
}

std::string FilePicker::empty_text() const
{
    return m_choice == FileChoice::Photos
        ? tr("There are no photos in your Pictures or Downloads folders. Your family can put some there.")
        : tr("There are no documents in your Documents or Downloads folders. Your family can put some there.");
}

void FilePicker::request_thumbnails(const PickerLayout& layout)
{
    if (m_requested || !m_files || layout.cells.empty())
        return;
    m_requested = true;
    m_page_wanted = std::make_shared<int>(0);
    std::vector<PrintableFile> files;
    std::vector<size_t> indices;
    for (size_t i = 0; i < m_per_page; ++i) {
        size_t index = m_page * m_per_page + i;
        if (index >= m_files->size())
            break;
        if (m_thumbnails.count(index) || (*m_files)[index].kind == FileKind::OfficeDocument)
            continue;
        files.push_back((*m_files)[index]);
        indices.push_back(index);
    }
    if (files.empty())
        return;
    auto& cell = layout.cells.front();
    m_source.load_thumbnails(std::move(files), int(cell.width), int(cell.height), m_page_wanted,
        m_lifetime.guard([this, indices](size_t i, ErrorOr<RgbaImage> picture) {
            Thumbnail thumbnail;
            if (!picture.is_error() && !picture.value().empty()) {
                thumbnail.image = m_services.images().add(picture.value());
                thumbnail.width = picture.value().width;
                thumbnail.height = picture.value().height;
            }
            m_thumbnails[indices[i]] = thumbnail;
        }));
}

void FilePicker::show_page(size_t page)
{
    m_page = page;
    m_requested = false;
    m_page_wanted.reset();
    size_t first = m_page * m_per_page + 1;
    size_t last = std::min(m_files->size(), first + m_per_page - 1);
    m_services.say(picker_page_text(m_choice, first, last, m_files->size()));
}

FilePicker::Result FilePicker::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Result result;
    auto layout = layout_picker(ui, ui.content());
    if (ui.button(m_prefix + ".back", layout.back, Icon::Back, tr("Back")))
        result.pressed = Pressed::Back;
    Rect message { ui.content().x, ui.content().y, ui.content().width, layout.back.y - m.gap - ui.content().y };
    if (!m_files) {
        auto looking = m_choice == FileChoice::Photos ? tr("Looking for your photos…") : tr("Looking for your documents…");
        ui.text({ message.x, message.center().y - m.font(FontRole::Large), message.width, message.height }, looking,
            FontRole::Large, SwatchRole::Page, Align::Center);
        return result;
    }
    if (m_files->empty()) {
        auto text = empty_text();
        float h = ui.text_height(text, FontRole::Large, message.width - 2 * m.gap) + 2 * m.gap;
        Rect panel { message.x, message.y, message.width, h };
        ui.fill(panel, SwatchRole::Notice, true);
        ui.text(panel.inset(m.gap), text, FontRole::Large, SwatchRole::Notice);
        return result;
    }

    m_per_page = layout.cells.size();
    size_t pages = (m_files->size() + m_per_page - 1) / m_per_page;
    m_page = std::min(m_page, pages - 1);
    request_thumbnails(layout);
    auto today = m_services.now().date;
    for (size_t i = 0; i < layout.cells.size(); ++i) {
        size_t index = m_page * m_per_page + i;
        if (index >= m_files->size())
            break;
        auto& file = (*m_files)[index];
        auto caption = picker_caption(m_choice, file, today);
        auto spoken = m_choice == FileChoice::Photos ? format(tr("Photo: {date}"), { { "date", caption } }) : caption;
        Thumbnail thumbnail;
        if (auto found = m_thumbnails.find(index); found != m_thumbnails.end())
            thumbnail = found->second;
        auto fallback = m_choice == FileChoice::Photos ? Icon::Photo : Icon::Document;
        if (ui.picture_tile(m_prefix + ".file." + std::to_string(i), layout.cells[i], thumbnail.image, thumbnail.width, thumbnail.height,
                fallback, caption, spoken)) {
            result.pressed = Pressed::File;
            result.file = file;
        }
    }

    size_t first = m_page * m_per_page + 1;
    size_t last = std::min(m_files->size(), first + m_per_page - 1);
    auto page_text = picker_page_text(m_choice, first, last, m_files->size());
    // Where the senior is in the list, in the middle of the bar when the page buttons leave room.
    float text_w = ui.text_width(page_text, FontRole::Large);
    Rect bar { ui.content().x, layout.page_text.y, ui.content().width, layout.page_text.height };
    float text_x = bar.center().x - text_w / 2;
    if (text_x >= layout.page_text.x && text_x + text_w <= layout.page_text.right())
        ui.text({ text_x, bar.center().y - m.font(FontRole::Large) * 0.6f, text_w + 1, bar.height }, page_text, FontRole::Large, SwatchRole::Page);
    else if (text_w <= layout.page_text.width)
        ui.text({ layout.page_text.x, bar.center().y - m.font(FontRole::Large) * 0.6f, layout.page_text.width, bar.height }, page_text,
            FontRole::Large, SwatchRole::Page, Align::Center);
    // Only the ways that lead somewhere are drawn: no "Next" on the last page.
    auto page_button = [&](const std::string& id, const Rect& rect, Icon icon, const std::string& label) {
        return layout.arrows_only ? ui.icon_button(id, rect, icon, label) : ui.button(id, rect, icon, label);
    };
    if (m_page > 0 && page_button(m_prefix + ".previous", layout.previous, Icon::Previous, tr("Previous")))
        show_page(m_page - 1);
    if (m_page + 1 < pages && page_button(m_prefix + ".next", layout.next, Icon::Next, tr("Next")))
        show_page(m_page + 1);
    return result;
}

}
