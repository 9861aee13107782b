// Points and rectangles in screen pixels (floats, top-left origin).
#pragma once

#include <algorithm>

namespace Foyer {

struct Point {
    float x { 0 };
    float y { 0 };
};

struct Rect {
    float x { 0 };
    float y { 0 };
    float width { 0 };
    float height { 0 };

    float left() const { return x; }
    float top() const { return y; }
    float right() const { return x + width; }
    float bottom() const { return y + height; }
    Point center() const { return { x + width / 2, y + height / 2 }; }
    bool contains(Point p) const { return p.x >= x && p.x < right() && p.y >= y && p.y < bottom(); }
    bool intersects(const Rect& o) const
    {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    bool contains(const Rect& o) const
    {
        return o.x >= x && o.y >= y && o.right() <= right() + 0.01f && o.bottom() <= bottom() + 0.01f;
    }
    Rect inset(float by) const { return { x + by, y + by, std::max(0.f, width - 2 * by), std::max(0.f, height - 2 * by) }; }
    // Splits off the top `h` pixels; returns them and keeps the rest in *this.
    Rect take_top(float h)
    {
        h = std::min(h, height);
        Rect top { x, y, width, h };
        y += h;
        height -= h;
        return top;
    }
    Rect take_bottom(float h)
    {
        h = std::min(h, height);
        height -= h;
        return { x, y + height, width, h };
    }
    Rect take_left(float w)
    {
        w = std::min(w, width);
        Rect left { x, y, w, height };
        x += w;
        width -= w;
        return left;
    }
    Rect take_right(float w)
    {
        w = std::min(w, width);
        width -= w;
        return { x + width, y, w, height };
    }
    bool operator==(const Rect&) const = default;
};

}
