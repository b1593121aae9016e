pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Signage

// The signage window: two item slots taking turns in the main zone, a clock, a ticker and the
// emergency overlay. The next item is prepared in the hidden slot; slots swap only once the new
// one is ready, so the main zone always shows a finished picture.
Window {
    id: window

    title: "Machikado Signage"
    color: "#14324F"

    readonly property bool portrait: height > width
    // 0: slotA is in front, 1: slotB is.
    property int front: 0
    readonly property ItemSlot frontSlot: front === 0 ? slotA : slotB
    readonly property ItemSlot backSlot: front === 0 ? slotB : slotA
    readonly property string shownId: frontSlot.itemId
    readonly property bool shownReady: frontSlot.ready

    function present(): void {
        const want = App.player.current;
        if (!want.id)
            return;
        if (frontSlot.itemId === want.id)
            return;
        if (backSlot.itemId !== want.id)
            backSlot.content = want;
        if (backSlot.ready)
            front = 1 - front;
    }

    function prepare(): void {
        const next = App.player.upcoming;
        const want = App.player.current;
        if (!next.id || backSlot.itemId === want.id || frontSlot.itemId === next.id)
            return;
        if (backSlot.itemId !== next.id)
            backSlot.content = next;
    }

    Component.onCompleted: present()

    Connections {
        target: App.player
        function onCurrentChanged(): void {
            window.present();
            window.prepare();
        }
        function onUpcomingChanged(): void {
            window.prepare();
        }
    }

    Item {
        id: zone
        objectName: "mainZone"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: ticker.top

        ItemSlot {
            id: slotA
            objectName: "slotA"
            anchors.fill: parent
            z: window.front === 0 ? 2 : 1
            inFront: window.front === 0
            portrait: window.portrait
            onReadyChanged: Qt.callLater(window.present)
        }
        ItemSlot {
            id: slotB
            objectName: "slotB"
            anchors.fill: parent
            z: window.front === 1 ? 2 : 1
            inFront: window.front === 1
            portrait: window.portrait
            onReadyChanged: Qt.callLater(window.present)
        }

        Rectangle {
            objectName: "clock"
            z: 5
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: window.height * 0.02
            width: clockText.implicitWidth + height * 0.6
            height: Math.min(window.width, window.height) * 0.08
            radius: height / 4
            color: "#CC0E2236"

            Text {
                id: clockText
                anchors.centerIn: parent
                text: App.player.clock
                color: "white"
                font.pixelSize: parent.height * 0.6
                font.bold: true
            }
        }
    }

    Ticker {
        id: ticker
        objectName: "ticker"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: text.length > 0 ? Math.min(window.width, window.height) * 0.08 : 0
        text: App.player.ticker
        alert: App.player.tickerAlert
    }

    EmergencyOverlay {
        objectName: "emergency"
        anchors.fill: parent
        z: 100
        message: App.player.emergency
        portrait: window.portrait
    }

    // Off on purpose by the power schedule: the panel is dark, nothing is wrong.
    Rectangle {
        objectName: "screenOff"
        anchors.fill: parent
        z: 200
        color: "black"
        visible: !App.player.screenOn
    }
}
