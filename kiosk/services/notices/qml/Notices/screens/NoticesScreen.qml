pragma ComponentBehavior: Bound
import QtQuick
import Notices
import QtQuick.Controls.Basic
import Kiosk

// The city's notices, newest first, with a search field for the on-screen keyboard.
ScreenFrame {
    title: qsTr("City notices")
    instructions: qsTr("Choose a notice to read it. You can also search by word.")

    TextField {
        id: search
        objectName: "noticeSearch"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: App.theme.touchTarget
        text: NoticeService.model.query
        color: App.theme.text
        font.family: App.theme.fontFamily
        font.pixelSize: App.theme.fontSize
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Search notices")
        onTextEdited: NoticeService.model.search(text)
        onActiveFocusChanged: if (activeFocus) App.speech.focused(Accessible.name)
        KLabel {
            // The hint stays until the resident types, in a colour that keeps 4.5:1 contrast.
            anchors.left: parent.left
            anchors.leftMargin: search.leftPadding
            anchors.verticalCenter: parent.verticalCenter
            visible: search.text.length === 0 && search.preeditText.length === 0
            text: qsTr("Search notices")
            color: App.theme.mutedText
        }
        background: Rectangle {
            color: App.theme.surface
            radius: App.theme.spacing
            border.width: search.activeFocus ? Math.max(4, App.theme.spacing / 3) : 2
            border.color: search.activeFocus ? App.theme.focus : App.theme.border
        }
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
