import QtQuick
import Notices

// The notice service: the list, or one notice opened in full.
Loader {
    objectName: "noticeScreen"
    source: Qt.resolvedUrl(NoticeService.model.step + "Screen.qml")
}
