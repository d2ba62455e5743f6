import logging

logger = logging.getLogger("warehouse.stock")


def apply_movements(stock, movements):
    result = dict(stock)
    applied = 0
    for sku, change in movements:
        if sku not in result:
            logger.error("unknown SKU %s: movement ignored", sku)
            continue
        quantity = result[sku] + change
        if quantity < 0:
            logger.warning("not enough %s: have %d, need %d", sku, result[sku], -change)
            continue
        logger.debug("%s: %d -> %d", sku, result[sku], quantity)
        result[sku] = quantity
        applied += 1
        if quantity == 0:
            logger.info("%s is now out of stock", sku)
    logger.info("applied %d of %d movements", applied, len(movements))
    return result
