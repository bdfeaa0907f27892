pmSearch.shard("6e-69",{"ninety":[1,9]});
