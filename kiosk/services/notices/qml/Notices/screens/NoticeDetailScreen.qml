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

    Column {
        id: qrColumn
        anchors.top: parent.top
        anchors.right: parent.right
        width: Math.min(parent.height * 0.7, parent.width * 0.35)
        spacing: App.theme.spacing

        Rectangle {
            width: parent.width
            height: width
            color: "#FFFFFF"
            border.color: App.theme.border
            Image {
                objectName: "noticeQr"
                anchors.fill: parent
                anchors.margins: 2
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
            text: NoticeService.model.urlText
            color: App.theme.mutedText
            font.pixelSize: Math.round(App.theme.fontSize * 0.75)
        }
    }
}
