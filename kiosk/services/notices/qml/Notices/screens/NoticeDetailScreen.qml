import QtQuick
import Notices
import Kiosk

// One notice in full, with a QR code to take it home.
ScreenFrame {
    title: NoticeService.model.title
    instructions: qsTr("Scan the QR code to read this notice on your phone.")

    Flickable {
        id: text
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: qrColumn.left
        anchors.rightMargin: App.theme.spacing * 3
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            width: text.width
            spacing: App.theme.spacing
            KLabel {
                width: parent.width
                text: NoticeService.model.categoryText
                      + " · " + NoticeService.model.published
                color: App.theme.mutedText
            }
            KLabel {
                objectName: "noticeBody"
                width: parent.width
                text: NoticeService.model.body
            }
        }
    }

    // The QR code and its address; the column scrolls when large text leaves too little room.
    ScrollColumn {
        id: qrColumn
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: Math.round(Math.min(parent.height * 0.7, parent.width * 0.3))
        spacing: App.theme.spacing

        Rectangle {
            width: parent.width
            height: Math.min(width, qrColumn.height * 0.8)
            color: "#FFFFFF"
            border.color: App.theme.border
            Image {
                objectName: "noticeQr"
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) - 4
                height: width
                source: NoticeService.model.url ? "image://qr/" + encodeURIComponent(NoticeService.model.url) : ""
                sourceSize.width: width
                sourceSize.height: height
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.name: qsTr("QR code for this notice")
            }
        }
        KLabel {
            width: parent.width
            // breaks after a '/' (Text.Wrap honours the typeset text), anywhere only as a last resort
            text: NoticeService.model.urlText
            color: App.theme.mutedText
            font.pixelSize: Math.round(App.theme.fontSize * 0.75)
        }
    }
}
