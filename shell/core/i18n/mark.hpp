// N_() marks a string for extraction by xgettext without translating it where it is written.
#pragma once

#define N_(text) text
// The same with a context, for words that translate differently in different places; look them up with
// trc(context, text).
#define NC_(context, text) text
