pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Jobs

// The job search: one page per step (search, results, filters, a listing, the slip), in a
// frame whose words follow the page; each search's count is announced as it arrives.
ScreenFrame {
    id: frame

    readonly property FlowPage current: pageLoader.item as FlowPage

    objectName: "jobScreen"
    title: current ? current.title : ""
    instructions: current ? current.instructions : ""
    leaveBlocked: JobService.model.busy

    Loader {
        id: pageLoader
        objectName: "jobPage"
        anchors.fill: parent
        source: Qt.resolvedUrl(JobService.model.step + "Page.qml")
        onLoaded: {
            const dock = frame.actionDock
            for (let i = 0; i < dock.children.length; ++i)
                dock.children[i].y = 0
        }
    }

    // A page and a search's results that arrive within one turn of the event loop are
    // announced once (Qt.callLater runs one function once); nothing while a search still runs.
    function announce() {
        if (!JobService.model.searching)
            App.speech.announce(frame.title, frame.instructions)
    }

    Connections {
        target: JobService.model
        function onStepChanged() {
            Qt.callLater(frame.announce)
        }
        function onResultsChanged() {
            Qt.callLater(frame.announce)
        }
    }
}
