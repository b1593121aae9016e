pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Jobs

// Search by words with the on-screen keyboard, or by a 職種 button for those who do not type.
FlowPage {
    id: page

    title: qsTr("Job search")
    instructions: qsTr("Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.")

    function submit() {
        JobService.model.search(words.text)
    }

    KTextField {
        id: words
        objectName: "jobWords"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        text: JobService.model.words
        hint: qsTr("Words to search for")
        inputMethodHints: Qt.ImhNoPredictiveText
        onAccepted: page.submit()
    }

    Notice {
        id: problem
        objectName: "jobProblem"
        anchors.top: words.bottom
        anchors.topMargin: visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        visible: JobService.model.problemText.length > 0
        height: visible ? implicitHeight : 0
        text: JobService.model.problemText
    }

    KLabel {
        id: heading
        anchors.top: problem.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        visible: !App.keyboardOpen
        height: visible ? implicitHeight : 0
        text: qsTr("Kinds of work, with the number of jobs")
        font.bold: true
    }

    GridView {
        id: grid
        objectName: "jobCategories"
        readonly property int columns: width > App.theme.touchTarget * 20 ? 3
                                     : width > App.theme.touchTarget * 12 ? 2 : 1
        anchors.top: heading.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: !App.keyboardOpen
        clip: true
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.max(App.theme.touchTarget, Math.round(App.theme.fontSize * 3.0)) + App.theme.spacing
        model: JobService.model.categories
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: grid.contentHeight > grid.height }
        delegate: KButton {
            id: category
            required property string key
            required property string label
            required property string countText
            objectName: "category_" + key
            width: grid.cellWidth - App.theme.spacing
            height: grid.cellHeight - App.theme.spacing
            text: label
            detail: qsTr("Jobs: %1").arg(countText)
            onClicked: JobService.model.openGroup(category.key)
            contentItem: Item {
                KLabel {
                    anchors.left: parent.left
                    anchors.right: count.left
                    anchors.rightMargin: App.theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: category.label
                    font.bold: true
                    lineHeight: 1.0
                }
                KLabel {
                    id: count
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: category.countText
                    color: App.theme.mutedText
                    lineHeight: 1.0
                }
            }
        }
    }

    actions: [
        ActionButton {
            objectName: "jobSearchButton"
            text: qsTr("Search")
            primary: true
            onClicked: page.submit()
        }
    ]
}
