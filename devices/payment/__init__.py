"""Payment units (cash with change, IC e-money): hold the money, take it only after printing.

Only the emulator exists: an adapter for a real cash unit or IC terminal needs that unit's
vendor protocol, which differs per maker and is not public.
"""
