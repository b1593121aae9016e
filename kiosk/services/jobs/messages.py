"""Wording of the job search: its problems, the 求人票's field labels, units and code values.

Every entry is in the service's catalogue (``messages/jobs_<lang>.ts``). Listings stay in
Japanese; what is worded here is the interface around them: labels, units and the code lists
(雇用形態, 求人区分 …) a person filters by.
"""

from __future__ import annotations

from kiosk.shell import messages as shell
from kiosk.shell.core.messages import Message, translate

PROBLEMS: dict[str, Message] = {
    "jobs.search_failed": translate(
        "jobs", "The search could not be done right now. Please try again."
    ),
    "jobs.listing_gone": translate(
        "jobs", "This job is no longer open. Please choose another one."
    ),
    "jobs.slip_full": translate(
        "jobs", "A slip holds up to five jobs. Take one off to add another."
    ),
    "jobs.slip_count": translate("jobs", "Choose one to five jobs for the slip."),
    "jobs.no_such_category": translate(
        "jobs", "This kind of work is not in the list. Please choose another one."
    ),
    "jobs.age_out_of_range": translate("jobs", "Please enter an age from 15 to 99."),
    "jobs.age_finds_none": translate(
        "jobs", "No job is open to this age with the other conditions. Take a condition off."
    ),
}
"""What went wrong in the search or with the slip, by key (printer keys: the shell's)."""

PROBLEM_OTHER = translate("jobs", "Something went wrong. Please ask the staff.")

FIELDS: dict[str, Message] = {
    "kyujin_no": translate("jobs", "Job number"),
    "received": translate("jobs", "Received"),
    "expires": translate("jobs", "Open until"),
    "job_class": translate("jobs", "Kind of listing"),
    "employment": translate("jobs", "Type of employment"),
    "description": translate("jobs", "Work"),
    "employer": translate("jobs", "Employer"),
    "place": translate("jobs", "Place of work"),
    "station": translate("jobs", "Nearest station"),
    "wage": translate("jobs", "Wage"),
    "hours": translate("jobs", "Working hours"),
    "holidays": translate("jobs", "Days off"),
    "age": translate("jobs", "Age"),
    "education": translate("jobs", "Education"),
    "experience": translate("jobs", "Experience"),
    "licenses": translate("jobs", "Licences"),
    "insurance": translate("jobs", "Insurance"),
    "openings": translate("jobs", "Openings"),
    "tags": translate("jobs", "Features"),
    "notes": translate("jobs", "Notes"),
}
"""Labels of the 求人票's fields on the detail page, by field."""

FACET_NAMES: dict[str, Message] = {
    "city": translate("jobs", "Area"),
    "line": translate("jobs", "Railway line"),
    "station": translate("jobs", "Nearest station"),
    "category": translate("jobs", "Kind of work"),
    "employment": translate("jobs", "Type of employment"),
    "full_part": translate("jobs", "Full or part time"),
    "job_class": translate("jobs", "Kind of listing"),
    "wage": translate("jobs", "Wage at least"),
    "shift": translate("jobs", "Hours"),
    "days_off": translate("jobs", "Days off"),
    "tag": translate("jobs", "Features"),
}
"""Headings of the filter groups, by facet."""

#: A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).
_MONTHLY = translate("jobs", "%1 yen a month")
#: A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).
_DAILY = translate("jobs", "%1 yen a day")
#: A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).
_HOURLY = translate("jobs", "%1 yen an hour")
WAGE_UNITS: dict[str, Message] = {"monthly": _MONTHLY, "daily": _DAILY, "hourly": _HOURLY}
"""A wage with its unit, by 賃金形態."""

#: A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).
RANGE = translate("jobs", "%1 to %2")
#: Minutes on foot from the nearest station.
WALK = translate("jobs", "%1 min walk")
#: How many people the employer takes on.
PEOPLE = translate("jobs", "%1 people")
#: Days off in a year.
DAYS_A_YEAR = translate("jobs", "%1 days a year")
#: An age limit: up to %1 years old.
AGE_UP_TO = translate("jobs", "Up to %1 years old")
#: An age limit: %1 years old or more.
AGE_FROM = translate("jobs", "%1 years old or more")
#: An age limit: from %1 to %2 years old.
AGE_RANGE = translate("jobs", "%1 to %2 years old")
#: No age limit.
AGE_ANY = translate("jobs", "Any age")
#: A person's age on the age filter's chip, %1 the years (35歳).
AGE_YEARS = translate("jobs", "%1 years old")
#: The chip that opens the pad for the job seeker's age.
AGE_ENTER = translate("jobs", "Enter your age")
#: The chip that opens the pad again to change the age chosen.
AGE_CHANGE = translate("jobs", "Change the age")
#: On the age pad before an age is typed.
AGE_HINT = translate("jobs", "Type your age, from 15 to 99.")
#: On the age pad while the jobs open to the age typed are being counted.
AGE_COUNTING = translate("jobs", "Counting the jobs…")
#: On the age pad: %1 the age typed, %2 how many jobs are open to it.
AGE_FINDS = translate("jobs", "Jobs open to age %1: %2")
#: A button for a whole 職種 group, %1 its name (介護、福祉のすべて).
ALL_OF = translate("jobs", "All jobs in %1")
#: Heading of a 職種 group's sub-categories on the filter screen, %1 the group's name.
WITHIN = translate("jobs", "Kinds of work in %1")
#: The employer's name is not shown (公開範囲).
EMPLOYER_HIDDEN = translate("jobs", "Not shown at the employer's request")

EMPLOYMENT: dict[str, Message] = {
    "regular": translate("jobs", "Regular employee"),
    "non_regular": translate("jobs", "Non-regular employee"),
    "dispatch_fixed": translate("jobs", "Temporary agency worker (fixed term)"),
    "dispatch_open": translate("jobs", "Temporary agency worker (no fixed term)"),
    "part_time": translate("jobs", "Part-time worker"),
    "dispatch_part_fixed": translate("jobs", "Part-time agency worker (fixed term)"),
    "dispatch_part_open": translate("jobs", "Part-time agency worker (no fixed term)"),
}
"""雇用形態, by key."""

FULL_PART: dict[str, Message] = {
    "full": translate("jobs", "Full time"),
    "part": translate("jobs", "Part time"),
}
"""フルタイム or パート, by key."""

JOB_CLASSES: dict[str, Message] = {
    "general": translate("jobs", "General"),
    "new_graduate": translate("jobs", "New graduates"),
    "seasonal": translate("jobs", "Seasonal"),
    "migrant": translate("jobs", "Away from home"),
    "disability": translate("jobs", "For people with disabilities"),
}
"""求人区分, by key."""

SHIFTS: dict[str, Message] = {
    "morning": translate("jobs", "Starts in the morning"),
    "daytime": translate("jobs", "Starts in the daytime"),
    "evening": translate("jobs", "Starts in the evening"),
    "night": translate("jobs", "Night shift"),
    "short": translate("jobs", "Up to 5 hours"),
}
"""Bands of working hours, by key."""

DAYS_OFF: dict[str, Message] = {
    "sat": translate("jobs", "Saturdays off"),
    "sun": translate("jobs", "Sundays off"),
    "public_holiday": translate("jobs", "Public holidays off"),
    "two_days_every_week": translate("jobs", "Two days off every week"),
    "annual_120": translate("jobs", "120 days off a year or more"),
}
"""Days-off filters, by key."""

TAGS: dict[str, Message] = {
    "no_experience": translate("jobs", "No experience needed"),
    "education_any": translate("jobs", "Any education"),
    "age_any": translate("jobs", "Any age"),
    "car_commute": translate("jobs", "Commuting by car allowed"),
    "no_transfer": translate("jobs", "No transfers"),
    "near_station": translate("jobs", "Near a station"),
    "regular_path": translate("jobs", "Can become a regular employee"),
    "no_overtime": translate("jobs", "No overtime"),
    "bonus": translate("jobs", "Bonus"),
    "childcare": translate("jobs", "Childcare on site"),
    "no_document_screening": translate("jobs", "No document screening"),
    "remote": translate("jobs", "Work from home"),
    "senior_welcome": translate("jobs", "Over 60 welcome"),
}
"""こだわり条件, by key."""

CATEGORIES: dict[str, Message] = {
    "01": translate("jobs", "Office work, management"),
    "02": translate("jobs", "Sales"),
    "03": translate("jobs", "Shop work"),
    "04": translate("jobs", "Service, cooking, hairdressing"),
    "05": translate("jobs", "Care, welfare"),
    "06": translate("jobs", "Childcare, teaching"),
    "07": translate("jobs", "Medicine, nursing"),
    "08": translate("jobs", "Manufacturing, repair, inspection"),
    "09": translate("jobs", "Engineering, IT, specialists"),
    "10": translate("jobs", "Construction, civil works, electrical"),
    "11": translate("jobs", "Security, building management"),
    "12": translate("jobs", "Driving, delivery"),
    "13": translate("jobs", "Cleaning, warehouse, light work"),
    "14": translate("jobs", "Farming, forestry, fishing"),
}
"""The top-level 職種 categories, by key."""

SUBCATEGORIES: dict[str, Message] = {
    "01-01": translate("jobs", "General office work"),
    "01-02": translate("jobs", "Accounting"),
    "01-03": translate("jobs", "General affairs, personnel"),
    "01-04": translate("jobs", "Sales office work"),
    "01-05": translate("jobs", "Medical office work"),
    "01-06": translate("jobs", "Managers"),
    "02-01": translate("jobs", "Sales to companies"),
    "02-02": translate("jobs", "Sales to households"),
    "02-03": translate("jobs", "Route sales"),
    "02-04": translate("jobs", "Real estate sales"),
    "03-01": translate("jobs", "Shop assistant"),
    "03-02": translate("jobs", "Cashier"),
    "03-03": translate("jobs", "Food sales"),
    "03-04": translate("jobs", "Convenience store, supermarket"),
    "04-01": translate("jobs", "Cook"),
    "04-02": translate("jobs", "Kitchen helper"),
    "04-03": translate("jobs", "Waiting on tables"),
    "04-04": translate("jobs", "Barber, hairdresser"),
    "04-05": translate("jobs", "Hotel, inn"),
    "05-01": translate("jobs", "Care worker"),
    "05-02": translate("jobs", "Home care"),
    "05-03": translate("jobs", "Care manager"),
    "05-04": translate("jobs", "Life support worker"),
    "05-05": translate("jobs", "Driving for care services"),
    "06-01": translate("jobs", "Nursery teacher"),
    "06-02": translate("jobs", "Nursery assistant"),
    "06-03": translate("jobs", "After-school club worker"),
    "06-04": translate("jobs", "Instructor"),
    "07-01": translate("jobs", "Nurse"),
    "07-02": translate("jobs", "Assistant nurse"),
    "07-03": translate("jobs", "Nursing aide"),
    "07-04": translate("jobs", "Pharmacist"),
    "07-05": translate("jobs", "Dental hygienist"),
    "08-01": translate("jobs", "Production"),
    "08-02": translate("jobs", "Assembly"),
    "08-03": translate("jobs", "Inspection"),
    "08-04": translate("jobs", "Machine maintenance"),
    "08-05": translate("jobs", "Printing"),
    "09-01": translate("jobs", "Programmer"),
    "09-02": translate("jobs", "Systems engineer"),
    "09-03": translate("jobs", "Design engineering"),
    "09-04": translate("jobs", "Research and development"),
    "10-01": translate("jobs", "Building work"),
    "10-02": translate("jobs", "Civil engineering work"),
    "10-03": translate("jobs", "Electrical work"),
    "10-04": translate("jobs", "Site supervisor"),
    "11-01": translate("jobs", "Building security"),
    "11-02": translate("jobs", "Traffic guard"),
    "11-03": translate("jobs", "Building equipment upkeep"),
    "11-04": translate("jobs", "Apartment building caretaker"),
    "12-01": translate("jobs", "Truck driver"),
    "12-02": translate("jobs", "Taxi driver"),
    "12-03": translate("jobs", "Bus driver"),
    "12-04": translate("jobs", "Delivery"),
    "13-01": translate("jobs", "Cleaning"),
    "13-02": translate("jobs", "Warehouse work"),
    "13-03": translate("jobs", "Order picking"),
    "13-04": translate("jobs", "Packing"),
    "13-05": translate("jobs", "Light work"),
    "14-01": translate("jobs", "Farm work"),
    "14-02": translate("jobs", "Gardening, landscaping"),
    "14-03": translate("jobs", "Forestry"),
}
"""The 職種 sub-categories, by key (as content.jobs.codes.CATEGORIES defines them)."""

INSURANCE: dict[str, Message] = {
    "employment": translate("jobs", "Employment insurance"),
    "accident": translate("jobs", "Workers' accident insurance"),
    "health": translate("jobs", "Health insurance"),
    "pension": translate("jobs", "Employees' pension"),
    "public_accident": translate("jobs", "Public servants' accident cover"),
    "savings": translate("jobs", "Savings scheme"),
    "corporate_pension": translate("jobs", "Company pension"),
    "retirement_plan": translate("jobs", "Retirement allowance"),
    "retirement_mutual": translate("jobs", "Retirement mutual aid"),
}
"""加入保険等, by key."""

VALUES: dict[str, dict[str, Message]] = {
    "employment": EMPLOYMENT,
    "full_part": FULL_PART,
    "job_class": JOB_CLASSES,
    "shift": SHIFTS,
    "days_off": DAYS_OFF,
    "tag": TAGS,
    "category": CATEGORIES | SUBCATEGORIES,
    "insurance": INSURANCE,
}


def problem(key: str) -> Message:
    """What went wrong, for ``key`` (printer keys are worded as the shell words them)."""
    if key.startswith("receipt."):
        return shell.reason(key)
    return PROBLEMS.get(key, PROBLEM_OTHER)


def value(facet: str, key: str) -> Message | None:
    """A code value's name (雇用形態 …); None for a value this kiosk does not know."""
    return VALUES.get(facet, {}).get(key)
