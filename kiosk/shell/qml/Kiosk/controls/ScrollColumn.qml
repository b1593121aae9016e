import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A column of a page's content that scrolls when large text makes it taller than the page.
Flickable {
    id: view

    default property alias content: column.data
    property alias spacing: column.spacing

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    interactive: contentHeight > height
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator { active: view.interactive }

    Column {
        id: column
        width: view.width
    }
}
