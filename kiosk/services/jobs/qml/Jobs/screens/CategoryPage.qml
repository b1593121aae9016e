pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Jobs

// A 職種 group's kinds of work, each with the number of jobs: the whole group first, then the
// sub-categories that find something.
FlowPage {
    id: page

    title: JobService.model.groupTitle
    instructions: qsTr("Choose a kind of work. The number says how many jobs there are.")

    Notice {
        id: problem
        objectName: "jobProblem"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: JobService.model.problemText.length > 0
        height: visible ? implicitHeight : 0
        text: JobService.model.problemText
    }

    GridView {
        id: grid
        objectName: "jobSubcategories"
        readonly property int columns: width > App.theme.touchTarget * 20 ? 3
                                     : width > App.theme.touchTarget * 12 ? 2 : 1
        anchors.top: problem.bottom
        anchors.topMargin: problem.visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.max(App.theme.touchTarget, Math.round(App.theme.fontSize * 3.0)) + App.theme.spacing
        model: JobService.model.subcategories
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: grid.contentHeight > grid.height }
        delegate: KButton {
            id: kind
            required property string key
            required property string label
            required property string countText
            required property bool whole
            objectName: "subcategory_" + key
            width: grid.cellWidth - App.theme.spacing
            height: grid.cellHeight - App.theme.spacing
            text: label
            detail: qsTr("Jobs: %1").arg(countText)
            onClicked: JobService.model.chooseCategory(kind.key)
            contentItem: Item {
                KLabel {
                    anchors.left: parent.left
                    anchors.right: count.left
                    anchors.rightMargin: App.theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: kind.label
                    font.bold: kind.whole
                    lineHeight: 1.0
                }
                KLabel {
                    id: count
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: kind.countText
                    color: App.theme.mutedText
                    lineHeight: 1.0
                }
            }
        }
    }
}
