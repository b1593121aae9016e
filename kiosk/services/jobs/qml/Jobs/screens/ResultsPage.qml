pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Jobs

// The jobs found: how many, the filters chosen (a touch takes one off), the order, one page of
// cards and large buttons to turn the pages.
FlowPage {
    id: page

    title: qsTr("Search results")
    instructions: JobService.model.searching ? qsTr("Searching…")
                  : qsTr("Jobs found: %1. Choose one to see it in full.").arg(JobService.model.totalText)

    // Large buttons to turn the pages, at the top right where they stay put however many
    // conditions are chosen.
    Row {
        id: pager
        anchors.top: parent.top
        anchors.right: parent.right
        spacing: App.theme.spacing
        visible: JobService.model.pages > 1

        ActionButton {
            objectName: "previousPage"
            text: qsTr("◀ Previous")
            enabled: JobService.model.page > 1
            onClicked: JobService.model.previousPage()
        }
        KLabel {
            objectName: "pageText"
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Page %1 of %2").arg(JobService.model.page).arg(JobService.model.pages)
            font.bold: true
        }
        ActionButton {
            objectName: "nextPage"
            text: qsTr("Next ▶")
            enabled: JobService.model.page < JobService.model.pages
            onClicked: JobService.model.nextPage()
        }
    }

    Flow {
        id: tools
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: pager.visible ? pager.left : parent.right
        anchors.rightMargin: pager.visible ? App.theme.spacing : 0
        spacing: App.theme.spacing

        KLabel {
            objectName: "jobTotal"
            height: App.theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Jobs found: %1").arg(JobService.model.totalText)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }
        KLabel {
            // The words searched, as typed (the listings' own language).
            objectName: "jobWordsShown"
            visible: JobService.model.words.length > 0
            height: App.theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("“%1”").arg(JobService.model.words)
            font.family: JobService.model.listingFont
            font.pixelSize: App.theme.titleSize
        }
        KButton {
            objectName: "sortNewest"
            text: qsTr("Newest first")
            checked: JobService.model.sort === "newest"
            Accessible.checkable: true
            Accessible.checked: checked
            onClicked: JobService.model.setSort("newest")
        }
        KButton {
            objectName: "sortRelevance"
            visible: JobService.model.canRank
            text: qsTr("Best match first")
            checked: JobService.model.sort === "relevance"
            Accessible.checkable: true
            Accessible.checked: checked
            onClicked: JobService.model.setSort("relevance")
        }
        KButton {
            objectName: "filtersButton"
            text: qsTr("Narrow down")
            detail: qsTr("Area, type of employment, wage and more, with the number of jobs")
            onClicked: JobService.model.showFilters()
        }
        Repeater {
            model: JobService.model.activeFilters
            delegate: KButton {
                id: chip
                required property var modelData
                objectName: "active_" + modelData.facet + "_" + modelData.value
                text: modelData.label + "  ×"
                detail: qsTr("Touch to take this condition off")
                checked: true
                onClicked: JobService.model.toggleFilter(chip.modelData.facet, chip.modelData.value)
            }
        }
    }

    Notice {
        // A listing closed since the page was drawn, or a search that failed.
        id: problem
        objectName: "jobProblem"
        anchors.top: tools.height > pager.height ? tools.bottom : pager.bottom
        anchors.topMargin: visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        visible: JobService.model.problemText.length > 0
        height: visible ? implicitHeight : 0
        text: JobService.model.problemText
    }

    // Two columns on a landscape panel, so a page of cards shows without scrolling.
    GridView {
        id: list
        objectName: "jobResults"
        readonly property int columns: width > App.theme.touchTarget * 12 ? 2 : 1
        anchors.top: problem.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(App.theme.fontSize * 4.2) + App.theme.spacing * 2
        model: JobService.model.results
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: list.contentHeight > list.height }
        delegate: KButton {
            id: card
            required property string kyujinNo
            required property string title
            required property string where
            required property string wage
            required property bool chosen
            objectName: "job_" + kyujinNo
            width: list.cellWidth - App.theme.spacing / 2
            height: list.cellHeight - App.theme.spacing / 2
            text: title
            detail: where + ". " + wage
            checked: chosen
            onClicked: JobService.model.open(card.kyujinNo)
            contentItem: Column {
                spacing: App.theme.spacing / 4
                KLabel {
                    width: parent.width
                    text: (card.chosen ? "✓ " : "") + card.title
                    color: card.chosen ? App.theme.accentText : App.theme.text
                    font.family: JobService.model.listingFont
                    font.bold: true
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    lineHeight: 1.1
                }
                KLabel {
                    width: parent.width
                    text: card.where
                    color: card.chosen ? App.theme.accentText : App.theme.mutedText
                    font.family: JobService.model.listingFont
                    font.pixelSize: Math.round(App.theme.fontSize * 0.85)
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    lineHeight: 1.1
                }
                KLabel {
                    width: parent.width
                    text: card.wage
                    color: card.chosen ? App.theme.accentText : App.theme.text
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    lineHeight: 1.1
                }
            }
        }

        KLabel {
            anchors.centerIn: parent
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: list.count === 0 && !JobService.model.searching
            text: qsTr("No jobs match. Try other words or take a condition off.")
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "slipButton"
            text: qsTr("My slip (%1)").arg(JobService.model.chosenCount)
            primary: true
            enabled: JobService.model.chosenCount > 0
            onClicked: JobService.model.showSlip()
        }
    ]
}
