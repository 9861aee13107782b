// Recognising a device from its bearer token, for every device endpoint after enrollment.
#pragma once

#include "server.hpp"

#include <httplib.h>

#include <optional>

namespace Foyer::Helpdesk {

// The device whose token the request carries. Otherwise the 401 (or 503) answer is written and nothing
// is returned.
std::optional<Device> authenticate_device(ServerContext&, const httplib::Request&, httplib::Response&);

}
