// SPDX-License-Identifier: GPL-2.0-or-later
// What one refresh tick costs for 1,000 services x 10 real servers: the model update
// alone, and the whole tick in the main window (under Xvfb when ctest finds xvfb-run).
// Prints medians; asserts no time.
#include "mainwindow.h"
#include "memorybackend.h"
#include "servicemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

namespace {
IpvsTable bigTable(std::uint64_t tick)
{
    IpvsTable table;
    for (int s = 0; s < 1000; ++s) {
        VirtualService service;
        service.address = IpAddress::fromV4(0x0a000000u + std::uint32_t(s));
        service.port = 80;
        for (int r = 0; r < 10; ++r) {
            RealServer server;
            server.address = IpAddress::fromV4(0xc0a80000u + std::uint32_t(s * 10 + r));
            server.port = 80;
            server.forwarding = ForwardingMethod::Masquerading;
            // Every counter moves every tick, as on a busy director.
            server.stats.connections = tick * 10 + std::uint64_t(r);
            server.stats.inPackets = tick * 100;
            server.stats.inBytes = tick * 10000;
            server.connections.active = std::uint32_t((tick + std::uint64_t(r)) % 7);
            service.realServers.append(server);
        }
        table.services.append(service);
    }
    return table;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    constexpr int ticks = 15;
    std::vector<IpvsTable> tables;
    for (int i = 0; i <= ticks; ++i)
        tables.push_back(bigTable(std::uint64_t(i)));

    std::vector<double> modelOnly;
    {
        ServiceModel model;
        model.setTable(tables[0], 0);
        for (int i = 1; i <= ticks; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setTable(tables[size_t(i)], i * 1000);
            modelOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    std::printf("refresh tick, 1,000 services x 10 real servers, every value changed (%u cores, %s platform)\n",
                std::thread::hardware_concurrency(), qPrintable(QGuiApplication::platformName()));
    std::printf("  model update alone:   median %.2f ms over %d ticks (goal: under 10 ms) %s\n", median(modelOnly), ticks,
                median(modelOnly) < 10 ? "met" : "NOT met");
    std::fflush(stdout);

    // The whole tick as the window lives it: the backend's answer, the edit session,
    // the charts' history, the model, the sorted proxy, the Details charts and the repaint.
    std::vector<double> withView;
    {
        MemoryBackend backend(tables[0]);
        MainWindow window(&backend, MainWindow::SettingsUse::Defaults);
        window.setRefreshInterval(0);
        window.show();
        bool read = false;
        QObject::connect(&backend, &Backend::tableRead, [&read] { read = true; });
        auto tick = [&] {
            read = false;
            backend.refresh();
            while (!read)
                QApplication::processEvents();
            QApplication::processEvents(); // the view repaints what changed
        };
        tick();
        window.tree()->expandAll();
        window.tree()->setCurrentIndex(window.tree()->model()->index(0, 0)); // charted in Details
        for (int i = 1; i <= ticks; ++i) {
            backend.setTable(tables[size_t(i)]);
            QElapsedTimer timer;
            timer.start();
            tick();
            withView.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    std::printf("  whole window tick:    median %.2f ms over %d ticks (read, edits, history, model, view, charts)\n",
                median(withView), ticks);
    std::printf("  ratio window/model:   %.1f\n", median(withView) / median(modelOnly));
    return 0;
}
