pmSearch.shard("77-69",{"without":[2,9]});
