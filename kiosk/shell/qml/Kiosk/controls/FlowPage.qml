import QtQuick
import Kiosk

// One step of a flow: what the frame says about it, its content, and its own buttons at the bottom.
Item {
    id: page

    property string title
    property string instructions
    default property alias content: body.data
    property alias actions: actionRow.data

    Item {
        id: body
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actionRow.top
        anchors.bottomMargin: App.theme.spacing
    }

    Row {
        id: actionRow
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: App.theme.spacing
    }
}
