pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Disaster

// The disaster tile: one page per step (the bulletins, one bulletin, the shelters), in a frame
// whose words follow the page; each new page is announced in speech mode (the first by the
// frame itself).
ScreenFrame {
    id: frame

    readonly property FlowPage current: pageLoader.item as FlowPage

    objectName: "disasterScreen"
    title: current ? current.title : ""
    instructions: current ? current.instructions : ""

    Loader {
        id: pageLoader
        objectName: "disasterPage"
        anchors.fill: parent
        source: Qt.resolvedUrl(DisasterService.model.step + "Page.qml")
        onLoaded: {
            const dock = frame.actionDock
            for (let i = 0; i < dock.children.length; ++i)
                dock.children[i].y = 0
        }
    }

    function announce() {
        App.speech.announce(frame.title, frame.instructions)
    }

    Connections {
        target: DisasterService.model
        function onStepChanged() {
            Qt.callLater(frame.announce)
        }
    }
}
