// Knowing when the network changes (a cable plugged in, Wi-Fi back): the kernel's routing messages, so
// that what waits for the network (the help report's outbox, e-mails) can go at once.
#pragma once

namespace Foyer {

// A non-blocking netlink socket that becomes readable when links, addresses or routes change; -1 when the
// kernel does not allow it (a sandbox): callers then retry on their timer only.
int open_route_monitor();
// Reads and drops whatever is waiting on a non-blocking descriptor.
void drain_descriptor(int fd);

}
