// The icons Foyer draws, as code points of the Material Icons font (Debian: fonts-material-design-icons-iconfont).
#pragma once

#include <cstdint>

namespace Foyer {

enum class Icon : uint16_t {
    None = 0,
    VideoCall = 0xe04b,   // videocam
    Mail = 0xe158,        // mail
    Print = 0xe8ad,       // print
    Helpline = 0xf0e2,    // support_agent
    Home = 0xe88a,        // home
    Phone = 0xe0cd,       // phone
    Schedule = 0xe8b5,    // schedule
    Open = 0xe86c,        // check_circle
    Closed = 0xe002,      // warning
    Close = 0xe5cd,       // close
    Speak = 0xe050,       // volume_up
    ShareScreen = 0xe0e2, // screen_share
    Send = 0xe163,        // send
    Checked = 0xe834,     // check_box
    Unchecked = 0xe835,   // check_box_outline_blank
    Cancel = 0xe5c9,      // cancel
    Photo = 0xe410,       // photo
    Document = 0xe873,    // description
    Add = 0xe145,         // add
    Remove = 0xe15b,      // remove
    Ink = 0xe798,         // water_drop
    Previous = 0xe5cb,    // chevron_left
    Next = 0xe5cc,        // chevron_right
    Back = 0xe5c4,        // arrow_back
    Family = 0xf1a2,      // family_restroom
    Waiting = 0xe88b,     // hourglass_empty
    Search = 0xe8b6,      // search
    HangUp = 0xe0b1,      // call_end
    Microphone = 0xe029,  // mic
    Internet = 0xe63e,    // wifi
    Person = 0xe7fd,      // person
    Unknown = 0xe88e,     // info: a check that finished without an answer (never the hourglass, which says "wait")
    FirstPage = 0xe5dc,   // first_page
    LastPage = 0xe5dd,    // last_page
    BackTen = 0xe020,     // fast_rewind
    ForwardTen = 0xe01f,  // fast_forward
    Stop = 0xe047,        // stop
};

// Every icon above, for building the font atlas with only the glyphs Foyer uses.
constexpr Icon all_icons[] = {
    Icon::VideoCall,
    Icon::Mail,
    Icon::Print,
    Icon::Helpline,
    Icon::Home,
    Icon::Phone,
    Icon::Schedule,
    Icon::Open,
    Icon::Closed,
    Icon::Close,
    Icon::Speak,
    Icon::ShareScreen,
    Icon::Send,
    Icon::Checked,
    Icon::Unchecked,
    Icon::Photo,
    Icon::Document,
    Icon::Add,
    Icon::Remove,
    Icon::Cancel,
    Icon::Ink,
    Icon::Previous,
    Icon::Next,
    Icon::Back,
    Icon::Family,
    Icon::Waiting,
    Icon::Search,
    Icon::HangUp,
    Icon::Microphone,
    Icon::Internet,
    Icon::Person,
    Icon::Unknown,
    Icon::FirstPage,
    Icon::LastPage,
    Icon::BackTen,
    Icon::ForwardTen,
    Icon::Stop,
};

}
