// "Add a printer", for the family (behind the family code, PrintHooks::family_only): the printers CUPS
// finds on the network, and one press to set one up.
#pragma once

#include "print_step.hpp"
#include "print_widgets.hpp"

namespace Foyer {

enum class AddStage {
    Searching,
    Found, // the list (or "none found")
    Adding,
    Added,
    Failed,
};

struct AddPrinterLayout {
    Rect message;
    std::vector<Rect> printers;
    // The printers' names in large type, or body type when four tiles leave too little room.
    FontRole caption_role { FontRole::Large };
    ButtonRowLayout buttons;
    bool fits { false };
};
// `message` is the sentence at the top; `printers` the names, shown as tiles to press.
AddPrinterLayout layout_add_printer(const Ui&, const std::string& message, const std::vector<std::string>& printers,
    const std::vector<ButtonSpec>&, const Rect& area);
std::string add_printer_message(AddStage, size_t found, const std::string& printer, const std::string& error);
std::vector<ButtonSpec> add_printer_buttons(AddStage);

// At most this many printers are listed; a home network rarely has more than one or two.
constexpr size_t max_listed_printers = 4;

class AddPrinterScreen final : public PrintStep {
public:
    AddPrinterScreen(Services&, PrintContext);

    std::string_view id() const override { return "print.add"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    void search();
    void start_search();
    void add(const FoundPrinter&);
    void set_stage(AddStage);
    std::string message() const;

    AddStage m_stage { AddStage::Searching };
    std::vector<FoundPrinter> m_found;
    std::string m_printer;
    std::string m_error;
};

}
