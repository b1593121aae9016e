pragma ComponentBehavior: Bound
import QtQuick
import Notices
import Kiosk

// The city's notices, newest first, with a search field for the on-screen keyboard.
ScreenFrame {
    title: qsTr("City notices")
    instructions: qsTr("Choose a notice to read it. You can also search by word.")

    KTextField {
        id: search
        objectName: "noticeSearch"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        text: NoticeService.model.query
        hint: qsTr("Search notices")
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextEdited: NoticeService.model.search(text)
    }

    KLabel {
        id: asOf
        objectName: "noticesAsOf"
        anchors.top: search.bottom
        anchors.topMargin: App.theme.spacing / 2
        anchors.right: parent.right
        visible: App.connection.asOf.length > 0
        height: visible ? implicitHeight : 0
        text: qsTr("As of %1").arg(App.connection.asOf)
        color: App.theme.mutedText
        font.pixelSize: Math.round(App.theme.fontSize * 0.85)
    }

    ListView {
        id: list
        objectName: "noticeList"
        anchors.top: asOf.bottom
        anchors.topMargin: App.theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: App.theme.spacing
        model: NoticeService.model.list
        boundsBehavior: Flickable.StopAtBounds
        delegate: KButton {
            id: row
            required property string noticeId
            required property string title
            required property string published
            required property string categoryText
            objectName: "notice_" + noticeId
            width: list.width
            text: title
            detail: row.categoryText + " · " + row.published
            onClicked: NoticeService.model.open(row.noticeId)
            contentItem: Column {
                spacing: App.theme.spacing / 2
                KLabel {
                    width: parent.width
                    text: row.detail
                    color: App.theme.mutedText
                    font.pixelSize: Math.round(App.theme.fontSize * 0.85)
                }
                KLabel {
                    width: parent.width
                    text: row.title
                    font.bold: true
                }
            }
        }

        KLabel {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No notices match your search.")
            color: App.theme.mutedText
        }
    }
}
